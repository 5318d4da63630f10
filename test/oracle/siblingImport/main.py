# Probe: what tracemalloc charges to the importing line and to the imported module's lines.
# Run: cd test/oracle/siblingImport && python3 main.py (3.11.7, 3.12.1, 3.13.0); sourceImport.test.ts runs the same files.
import tracemalloc
tracemalloc.start()
import helper
snap = tracemalloc.take_snapshot()
for st in snap.statistics('lineno'):
    frame = st.traceback[0]
    if frame.filename.endswith(('main.py', 'helper.py')):
        print(frame.filename.split('/')[-1], frame.lineno, st.size, st.count)
