"""memoryview attributes, cast() and what each view allocates (sys.getsizeof, tracemalloc).

Run on each version: PYENV_VERSION=3.1x python3 test/oracle/memoryviewCastProbe.py
The numbers feed src/interpreter/objects/memoryView.test.ts.
"""
import sys
import tracemalloc

def alloc(make):
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    obj = make()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return obj, after - before

buf = bytearray(range(16))
m, cost = alloc(lambda: memoryview(buf))
print('memoryview(bytearray) getsizeof', sys.getsizeof(m), 'traced', cost)
s, cost = alloc(lambda: m[2:6])
print('slice getsizeof', sys.getsizeof(s), 'traced', cost)
for fmt in 'BbcHhIiLlQqdf':
    c, cost = alloc(lambda: m.cast(fmt))
    print('cast', fmt, 'getsizeof', sys.getsizeof(c), 'traced', cost, c.itemsize, c.shape, c.strides, c.nbytes)
c2, cost = alloc(lambda: m.cast('B', shape=[4, 4]))
print('cast shape 2-D getsizeof', sys.getsizeof(c2), 'traced', cost, c2.shape, c2.strides, c2.ndim)
print('2-D tolist', c2.tolist())
r, cost = alloc(lambda: m.toreadonly())
print('toreadonly getsizeof', sys.getsizeof(r), 'traced', cost, r.readonly)
print('attrs', m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous, m.obj is buf)
print('step', m[::2].c_contiguous, m[::2].contiguous, m[::2].strides)
print('bytes view', memoryview(b'ab').readonly)
print('hex', m[:4].hex(), m[:4].hex(':'), m[:4].hex('-', 2))
print('scalar', memoryview(b'abcd').cast('i').ndim)
