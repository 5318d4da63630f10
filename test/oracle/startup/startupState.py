"""The interpreter's state when a script's first line runs (`python3 script.py`), for the engine's
startup calibration: the GC counts and the free lists' fill. Prints JSON (generate.sh runs it on
each version). Reference counts of 3.11's static objects are measured by startupRefcounts.py."""
import gc
counts = gc.get_count()  # the first statement: nothing of this probe allocated yet
import json
import os
import re
import sys
import tempfile

# _debugmallocstats writes to the C stderr (fd 2): point fd 2 at a file while it runs.
with tempfile.TemporaryFile(mode="w+") as out:
    saved = os.dup(2)
    os.dup2(out.fileno(), 2)
    try:
        sys._debugmallocstats()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
    out.seek(0)
    stats = out.read()


def free(pattern):
    m = re.search(r"(\d+) free " + pattern, stats)
    return int(m.group(1)) if m else 0


tuples = [free(rf"{n}-sized PyTupleObjects") for n in range(1, 21)]
print(json.dumps({
    "version": sys.version.split()[0],
    "gcCount": list(counts),
    "freeLists": {
        "float": free("PyFloatObjects"),
        "list": free("PyListObjects"),
        "dict": free("PyDictObjects"),
        "dictKeys": free("PyDictKeysObjects"),
        "tuple": tuples,
    },
}, indent=1))
