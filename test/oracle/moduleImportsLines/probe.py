# Probe: what tracemalloc charges to `import palette` and to each line of
# examples/module_imports/palette.py while the import runs (the lenses test/e2e/moduleImports.e2e.mjs
# reads; the differences are in test/fidelity/KNOWN-DIFFERENCES.md).
# Run: python3 test/oracle/moduleImportsLines/probe.py — prints "file line bytes blocks", retained
# at a snapshot right after the import ('lineno' statistics). The importing script is written to a
# temporary folder beside a copy of palette.py, so the module is found as the example finds it
# (the script's folder is sys.path[0]).
import os
import shutil
import subprocess
import sys
import tempfile

MAIN = """import tracemalloc
tracemalloc.start()
import palette
snap = tracemalloc.take_snapshot()
rows = []
for st in snap.statistics("lineno"):
    f = st.traceback[0]
    name = f.filename.replace("\\\\", "/").rsplit("/", 1)[-1]
    if name in ("palette.py", "main.py"):
        rows.append((name, f.lineno, st.size, st.count))
for row in sorted(rows):
    print(*row)
"""

here = os.path.dirname(os.path.abspath(__file__))
palette = os.path.join(here, "..", "..", "..", "examples", "module_imports", "palette.py")
with tempfile.TemporaryDirectory() as folder:
    shutil.copy(palette, folder)
    with open(os.path.join(folder, "main.py"), "w") as f:
        f.write(MAIN)
    subprocess.run([sys.executable, "-B", os.path.join(folder, "main.py")], check=True)
