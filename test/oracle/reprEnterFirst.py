"""The first container repr creates Py_ReprEnter's thread-state dict and 'Py_Repr' list (two GC
objects, a 64-byte dict more than a later repr keeps) on 3.11 as on 3.12/3.13.
Run: python3 test/oracle/reprEnterFirst.py"""
import gc
import tracemalloc

x = [1]
tracemalloc.start()
gc.collect()
s0 = tracemalloc.take_snapshot()
c0 = gc.get_count()[0]
r = repr(x)
c1 = gc.get_count()[0]
s1 = tracemalloc.take_snapshot()
r = repr(x)
s2 = tracemalloc.take_snapshot()
mine = lambda snap, old: sum(s.size_diff for s in snap.compare_to(old, "filename") if s.traceback[0].filename == __file__)
print({"first_repr_gc_delta": c1 - c0 - 1,
       "first_repr_bytes": mine(s1, s0), "second_repr_bytes": mine(s2, s1)})
