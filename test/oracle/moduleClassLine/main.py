# Probe: what tracemalloc charges to a class statement in an imported module (KNOWN-DIFFERENCES.md).
# Run: cd test/oracle/moduleClassLine && python3 main.py (3.11.7: 1 2528 12, 3.12.1: 1 2480 11, 3.13.0: 1 2432 11;
# the same class in __main__ is 2712 / 9 on 3.12.1, which the simulation matches).
import tracemalloc
tracemalloc.start()
import shapes
snap = tracemalloc.take_snapshot()
for st in snap.statistics("lineno"):
    f = st.traceback[0]
    if f.filename.endswith("shapes.py"):
        print(f.lineno, st.size, st.count)
