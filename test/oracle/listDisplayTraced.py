"""The blocks tracemalloc charges to list displays of constants (BUILD_LIST 0 + LIST_EXTEND of the
constant tuple): list_extend gives a list without an item array an exact one, its length rounded up
to even (5 and 6 items: 48 bytes; 9 and 10: 80), not the append path's over-allocation. The list
object itself comes from the free list (untraced), so only the item array is charged.
usage: python3 test/oracle/listDisplayTraced.py (expected values of buildOps.test.ts)"""
import tracemalloc
tracemalloc.start()
a = [1, 2, 3, 4, 5]
b = [1, 2, 3, 4, 5, 6]
c = [1, 2, 3, 4, 5, 6, 7, 8, 9]
d = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
snap = tracemalloc.take_snapshot()
for line in (8, 9, 10, 11):
    print(line, sorted(t.size for t in snap.traces if t.traceback[0].lineno == line and t.traceback[0].filename == __file__))
