"""Probe of array.array facts (sizes, growth, error texts) on the real interpreter: run with each
of 3.11.7, 3.12.1, 3.13.0; the simulation's unit tests hold the printed values."""
import array, sys, gc

def sizes(a, step):
    out = []
    for _ in range(12):
        out.append(sys.getsizeof(a))
        step(a)
    return out

print('basic', sys.getsizeof(array.array('i')), gc.is_tracked(array.array('i')))
print('append', sizes(array.array('i'), lambda a: a.append(1)))
a = array.array('b', range(40))
print('pop', sizes(a, lambda a: a.pop()))
print('itemsize', {c: array.array(c).itemsize for c in 'bBhHiIlLqQfd'})
for c, v in [('b', 200), ('b', -200), ('b', 40000), ('B', -1), ('B', 256), ('h', 40000), ('h', -40000), ('H', -1), ('H', 70000), ('H', 2**40),
             ('i', 2**31), ('i', -2**31 - 1), ('I', -1), ('I', 2**32), ('I', 2**64), ('l', 2**63), ('l', -2**63 - 1), ('L', -1), ('L', 2**64),
             ('q', 2**63), ('q', -2**63 - 1), ('Q', -1), ('Q', 2**64), ('i', 1.5), ('I', 1.5), ('Q', 'x'), ('f', 'x'), ('d', None), ('b', 'x')]:
    try:
        array.array(c, [v])
    except Exception as e:
        print(c, v, type(e).__name__, e)
for bad in ['z', 'ii', 5]:
    try:
        array.array(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
try:
    array.array('i', 'abc')
except Exception as e:
    print(type(e).__name__, e)
a = array.array('i', [1, 2, 3])
for f in [lambda: a + array.array('d'), lambda: a + [1], lambda: a.index(9), lambda: a.remove(9), lambda: a[5], lambda: array.array('i').pop(), lambda: a.frombytes(b'abc'), lambda: a * 'x', lambda: a.pop(7)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(repr(array.array('d')), repr(array.array('f', [1.5, 2.25])), repr(array.array('b', b'ab')), a < array.array('i', [1, 3]), a == array.array('d', [1, 2, 3]))
b = array.array('b', range(20))
for k in range(15):
    b.pop()
print('pop15', sys.getsizeof(b))
c = array.array('q', range(10))
print('ops', sys.getsizeof(c), sys.getsizeof(c * 3), sys.getsizeof(c + c), sys.getsizeof(c[2:5]))
c.extend(range(5)); print(sys.getsizeof(c)); c.frombytes(bytes(16)); print(sys.getsizeof(c)); c.fromlist([1, 2, 3]); print(sys.getsizeof(c))
c *= 2; print(sys.getsizeof(c)); c += c; print(sys.getsizeof(c)); del c[:30]; print(sys.getsizeof(c)); c[1:3] = array.array('q', [1] * 10); print(sys.getsizeof(c))
c.insert(0, 5); print(sys.getsizeof(c))
print('init', sys.getsizeof(array.array('i', iter(range(10)))), sys.getsizeof(array.array('i', [1] * 10)), sys.getsizeof(array.array('i', (1,) * 10)), sys.getsizeof(array.array('i', array.array('i', [1] * 10))), sys.getsizeof(array.array('b', b'abc')))
print('iter', sys.getsizeof(iter(array.array('i'))), type(iter(array.array('i'))))
