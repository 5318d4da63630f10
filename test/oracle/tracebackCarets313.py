#!/usr/bin/env python3
"""Prints the caret line CPython draws under a failing call, for the cases in
src/interpreter/session/tracebackCarets.test.ts (3.13 anchors calls: `~` callee, `^` arguments;
3.11/3.12 draw `^` under the range or nothing when it covers the line).

    PYENV_VERSION=3.13.0 python3 test/oracle/tracebackCarets313.py
"""
import os
import subprocess
import sys
import tempfile

PRELUDE = "import math\ndef f(n):\n    return 1 / n\nclass O:\n    def m(self, x): return 1 / x\no = O()\ndef g():\n    return f\n"
CASES = ["f(0)", "o.m(0)", "print(f(0), 1)", "g()(0)", "x = [f (0)]", "len(5)", "math.sqrt(-1)", "int('x')  # comment"]

with tempfile.TemporaryDirectory() as tmp:
    for case in CASES:
        path = os.path.join(tmp, "case.py")
        with open(path, "w") as f:
            f.write(PRELUDE + case + "\n")
        err = subprocess.run([sys.executable, path], capture_output=True, text=True).stderr.splitlines()
        line = next(i for i, l in enumerate(err) if l.strip() == case)
        nxt = err[line + 1] if line + 1 < len(err) else ""
        print(repr(case), repr(nxt if set(nxt.strip()) <= set("~^") and nxt.strip() else None))
