"""Does `sys.getsizeof(x)` allocate (or take from a free list) anything, e.g. a 1-tuple of
arguments for `__sizeof__`? Run under each of 3.11.7, 3.12.1, 3.13.0:
PYENV_VERSION=3.12.1 python3 test/oracle/getsizeofAllocations.py

The 1-tuple free list is first filled with 100 traced tuples (the `junk` line), so a getsizeof
that took one, even briefly, would leave it re-attributed to its own line (tracemalloc's
`_PyTraceMalloc_NewReference` on reuse). Measured: no getsizeof line holds anything on any of the
three versions (list, plain instance, instance with a Python `__sizeof__`, int, str with a
default) beyond the module dict's resize on the `a3` store (768 B), and the junk line keeps its
tuples (98 / 95 / 97: take_snapshot's own Python code reuses a few); the simulation allocates
nothing for getsizeof either.
"""
import sys
import tracemalloc


class Plain:
    pass


class OwnSizeof:
    def __sizeof__(self):
        return 10


x = [1, 2]
c = Plain()
p = OwnSizeof()
i = 12345
s = 'abc'
tracemalloc.start(64)
junk = [(k + 1000,) for k in range(100)]
del junk
a1 = sys.getsizeof(x)
a2 = sys.getsizeof(c)
a3 = sys.getsizeof(p)
a4 = sys.getsizeof(i)
a5 = sys.getsizeof(s, 0)
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
held = {}
for t in snap.traces:
    frame = t.traceback[0]
    if frame.filename == __file__:
        held.setdefault(frame.lineno, []).append(t.size)
src = open(__file__).read().splitlines()
for lineno in sorted(held):
    sizes = held[lineno]
    print(lineno, src[lineno - 1].strip()[:40], len(sizes), 'blocks', sum(sizes), 'bytes')
