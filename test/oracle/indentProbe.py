#!/usr/bin/env python3
"""Generates small programs with mixed tab/space/form-feed indentation (seeded, re-runnable) and
writes, per version, the error CPython's compile() raises for each ({type, msg, lineno, offset,
end_lineno, end_offset, printed}) or null, to test/oracle/indentErrors.json, the table
src/interpreter/parser/indentScan.test.ts checks.

    python3 test/oracle/indentProbe.py
"""
import json
import os
import random
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
VERSIONS = {"3.11": "3.11.7", "3.12": "3.12.1", "3.13": "3.13.0"}
PREFIXES = ["", "", " ", "  ", "    ", "        ", "\t", "\t\t", "\t ", " \t", "    \t", "\t    ",
            "        \t", "\t        ", "       \t", "\f", "\f    ", "  \f\t"]
HEADERS = ["if x:", "for i in y:", "while z:", "def f():", "class C:", "try:", "with a:", "else:",
           "elif x:", "except E:"]
SIMPLE = ["a = 1", "pass", "print(a)", "b = [1,\n2]", "c = (3 +\n\t 4)", "s = '''x\n\ty'''", "# note",
          "", "d = 1 \\\n  + 2", "e = f(", "g = 1 +", "return"]


# Ways to write each indentation width (tabs to multiples of 8): the tokenizer's altcol (tabs as
# one column) tells them apart.
WIDTHS = {0: [""], 1: [" "], 2: ["  ", "\f  "], 4: ["    "], 8: ["\t", "        ", " \t", "    \t", "       \t"],
          12: ["\t    ", "            ", "    \t    "], 16: ["\t\t", "        \t", "\t        ", "\t  \t"]}


def case(rng):
    """A program walking a nesting of blocks, each line's indent written one of several ways."""
    widths = sorted(WIDTHS)
    stack = [0]
    lines = []
    expect_block = False
    for _ in range(rng.randint(2, 6)):
        if expect_block:
            bigger = [w for w in widths if w > stack[-1]]
            width = rng.choice(bigger) if bigger and rng.random() < 0.9 else stack[-1]
        else:
            width = rng.choice(stack) if rng.random() < 0.85 else rng.choice(widths)
        if width not in stack and width > stack[-1]:
            stack.append(width)
        while stack[-1] > width:
            stack.pop()
        expect_block = rng.random() < 0.45
        body = rng.choice(HEADERS) if expect_block else rng.choice(SIMPLE)
        prefix = rng.choice(WIDTHS[width]) if rng.random() < 0.95 else rng.choice(PREFIXES)
        lines.append(prefix + body)
    return "\n".join(lines) + ("\n" if rng.random() < 0.9 else "")


FIXED = [
    "if x:\n        a = 1\n\tb = 2\n",
    "if x:\n\ta = 1\n        b = 2\n",
    "if x:\n    a = 1\n\tb = 2\n",
    "if x:\n\tif y:\n\t\ta = 1\n        \tb = 2\n",
    "if x:\n  \\\n\ta = 1\n",
    "x = 1\n\ty = 2\n",
    "if x:\npass\n",
    "if x:\n# c\n\n",
    "if x:\n",
    "def f():\n    if y:\n        a\n      b\n",
    "if x:\n\f\ta = 1\n\tb = 2\n",
    "if x:\n        a = 1\n\t\n\tb = 2\n",
]

if __name__ == "__main__":
    rng = random.Random(20261125)
    sources = FIXED + [case(rng) for _ in range(600)]
    results = {}
    for v, full in VERSIONS.items():
        out = subprocess.run(["python3", os.path.join(HERE, "..", "fuzz", "compileErrors.py"), "case.py"],
                             input=json.dumps(sources), capture_output=True, text=True,
                             env={**os.environ, "PYENV_VERSION": full}, check=True).stdout
        results[v] = json.loads(out)
    table = [{"source": s, **{v: results[v][k] for v in VERSIONS}} for k, s in enumerate(sources)]
    with open(os.path.join(HERE, "indentErrors.json"), "w") as f:
        json.dump(table, f, indent=0)
    print(len(table), "cases;", sum(1 for t in table if t["3.12"]), "rejected by 3.12")
