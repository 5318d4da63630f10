"""Whether CPython's startup leaves a dead slice in the slice cache (`slice_cache` in 3.11/3.12,
the one-entry slice free list in 3.13) when a script's first line runs.

Plain startup: the blocks a first and a second `slice()` allocate (sys.getallocatedblocks; each
reading also allocates its own int). Under media/python/tracemallocRunner.py: the bytes each line
of sliceCacheScript.py still holds (the first slice is the cached one: untraced, nothing charged).

usage: python3 sliceCache.py > sliceCache.<version>.json   (generate.sh runs it per version)
"""
import json
import os
import subprocess
import sys
import tempfile

if len(sys.argv) > 1 and sys.argv[1] == "--plain":
    g = sys.getallocatedblocks
    r = [0, 0, 0, 0]
    r[0] = g(); r[1] = g(); s = slice(1); r[2] = g(); t = slice(2); r[3] = g()  # noqa: E702
    base = r[1] - r[0]
    print(json.dumps([r[2] - r[1] - base, r[3] - r[2] - base]))
    sys.exit(0)

here = os.path.dirname(os.path.abspath(__file__))
plain = json.loads(subprocess.run([sys.executable, __file__, "--plain"], capture_output=True, text=True, check=True).stdout)
with tempfile.TemporaryDirectory() as work:
    out = os.path.join(work, "out.json")
    runner = os.path.join(here, "..", "..", "..", "media", "python", "tracemallocRunner.py")
    subprocess.run([sys.executable, runner, out, os.path.join(here, "sliceCacheScript.py")], check=True)
    with open(out, encoding="utf-8") as f:
        lines = json.load(f)["lines"]
print(json.dumps({"version": sys.version.split()[0], "plainSliceBlocks": plain,
                  "runnerLines": [{"line": l["line"], "retainedBytes": l["retainedBytes"]} for l in lines]}, indent=1))
