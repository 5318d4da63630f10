"""The interpreter's state when a script's first line runs (`python3 script.py`), for the engine's
startup calibration: the GC counts and the free lists' fill. Prints JSON (generate.sh runs it on
each version). Reference counts of 3.11's static objects are measured by startupRefcounts.py.

The free lists are read first, before any import this probe makes (importing json or tempfile
takes and refills tuples, lists and dicts): `sys` is always loaded and `_debugmallocstats` allocates
no object. It writes to the C stderr, which generate.sh points at a regular file; the probe reads it
back through /proc/self/fd/2 at the end."""
import sys
sys._debugmallocstats()  # the first statement: the free lists as a script finds them
import gc
counts = gc.get_count()  # nothing of this probe that the collector counts allocated yet
import json
import re

with open("/proc/self/fd/2", encoding="utf-8") as err:
    stats = err.read()


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
