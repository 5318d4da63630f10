#!/usr/bin/env python3
"""Count, per function, the lines of libmProbe.py where the simulation (node out/cli.js, built)
differs from CPython's expected.txt.  python3 test/oracle/libm/compare.py [--python 3.12]
--write-known rewrites knownDifferences.txt (the lines libm.test.ts lets differ) from this run."""
import collections
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..", "..")
version = sys.argv[sys.argv.index("--python") + 1] if "--python" in sys.argv else "3.13"
ours = subprocess.run(["node", os.path.join(ROOT, "out", "cli.js"), "run", os.path.join(HERE, "libmProbe.py"),
                       "--python", version], capture_output=True, text=True).stdout.splitlines()
with open(os.path.join(HERE, "expected.txt")) as f:
    expected = f.read().splitlines()
total = collections.Counter()
diff = collections.Counter()
examples = {}
for i, line in enumerate(expected):
    name = line.split(" ", 1)[0]
    total[name] += 1
    got = ours[i] if i < len(ours) else "<missing>"
    if got != line:
        diff[name] += 1
        examples.setdefault(name, (line, got))
for name in total:
    print(f"{name:12} {diff[name]:4} / {total[name]}" + (f"   e.g. {examples[name][0]!r} got {examples[name][1]!r}" if diff[name] else ""))
print(f"{'TOTAL':12} {sum(diff.values()):4} / {sum(total.values())}")

if "--write-known" in sys.argv:
    with open(os.path.join(HERE, "knownDifferences.txt"), "w") as f:
        f.write("# Lines of libmProbe.py's output the simulation does not reproduce yet (function index),\n"
                "# written by compare.py --write-known; libm.test.ts checks they still differ and all others match.\n")
        for i, line in enumerate(expected):
            if i >= len(ours) or ours[i] != line:
                f.write(" ".join(line.split(" ", 2)[:2]) + "\n")
