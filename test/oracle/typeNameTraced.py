"""type.__name__ of a class is its ht_name, the str type() was given (here the code's constant), not a
new str: tracemalloc charges nothing to a line that only keeps it, while a static type's __name__ is
a new str each time (PyUnicode_FromString of tp_name).
usage: python3 test/oracle/typeNameTraced.py (expected values of instanceAttrs.test.ts)"""
import tracemalloc
class Empty:
    pass
tracemalloc.start()
kept = [Empty.__name__, type(Empty()).__name__]
names = [int.__name__, dict.__name__]
snap = tracemalloc.take_snapshot()
for line in (9, 10):
    print(line, sorted(t.size for t in snap.traces if t.traceback[0].lineno == line and t.traceback[0].filename == __file__))
