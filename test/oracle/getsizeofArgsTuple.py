"""sys.getsizeof is METH_VARARGS | METH_KEYWORDS (Python/sysmodule.c, 3.11 to 3.13): a call goes
through _PyObject_MakeTpCall, which packs the arguments into a tuple and frees it after the call,
onto the tuple free list, where tracemalloc keeps its trace on the calling line. len() (METH_O)
is the control: no tuple (its bool result allocates nothing).

usage: PYENV_VERSION=3.1x python3 test/oracle/getsizeofArgsTuple.py
Prints, per call line, the sizes of the blocks it still holds, with the tuple free lists drained
first (held tuples) so each tuple the call makes is a fresh, traced block.
"""
import sys
import tracemalloc

tracemalloc.start()
hold1 = [(i,) for i in range(2100)]
hold2 = [(i, i) for i in range(2100)]
value = 10 ** 30
call1 = sys._getframe().f_lineno + 1
n = sys.getsizeof(value)
call2 = sys._getframe().f_lineno + 1
m = sys.getsizeof(value, 0)
control = sys._getframe().f_lineno + 1
k = len(hold1) > 0
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
for tag, lineno in (('getsizeof(value)', call1), ('getsizeof(value, 0)', call2), ('len(hold1) > 0', control)):
    sizes = sorted((t.size for t in snap.traces if t.traceback[0].filename == __file__ and t.traceback[0].lineno == lineno), reverse=True)
    print(tag, sizes)
