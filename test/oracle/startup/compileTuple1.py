"""Which 1-tuple free-list entries are traced at line 1 under media/python/tracemallocRunner.py on
3.11, by the shape of the rest of the script (3.12 and 3.13 leave none untraced; see
tracedFreeLists.py). The first line takes 40 1-tuples; the output lists the positions (0: the
first taken, the top of the free list) that were untraced, i.e. allocated before tracemalloc.start.

usage: PYENV_VERSION=3.11.7 python3 test/oracle/startup/compileTuple1.py

Measured on 3.11.7 (the class line of abc_shapes.py and enum_class_values.py is 48 B low in the
simulation because its `tp_bases` 1-tuple takes the second entry, traced in CPython for these
shapes and untraced in the calibration, which has [0, 1, 9, 10, 11] for every script):
  none [0, 1, 2, 20, 21, 22]     d1 [0, 1, 2, 14, 15, 16]   d2 [0, 1, 2, 3, 4]
  d3 [0, 1, 2, 3] (its innermost body `x = 1`: [0, 2, 3, 4])   d4 [1, 2, 3] (`pass`: [2, 3, 4])
  d5 [2, 3, 4]                   d6 [3, 4, 5]
  generator expressions nested 2..4 deep, with or without free variables: [0, 1, 2, 3]
  c11 (a class, a method, two nested generator expressions with a free variable) [0, 2, 3, 4]
  classes nested 3 deep [0, 1, 2, 3, 4, 5]
(dN: N nested defs.) So runpy's compile of the script frees traced 1-tuples between or above
the untraced ones runpy freed after it, by a rule not found yet: not the code units' depth alone;
the innermost body's one-item tuples (`pass`: co_consts `(None,)`; `x = 1`: the local names
`('x',)`) move it, which points at the compile's constant keys and name tuples.
"""
import os
import subprocess
import sys
import tempfile

RUNNER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "media", "python", "tracemallocRunner.py")
PROBE = """keep = [(len(__name__) + i,) for i in range(40)]
import sys, tracemalloc, json
def on_line_1(obj):
    tb = tracemalloc.get_object_traceback(obj)
    return tb is not None and tb[-1].filename == __file__ and tb[-1].lineno == 1
print(json.dumps([k for k, obj in enumerate(keep) if not on_line_1(obj)]))
"""


def nest(depth, body="return 1"):
    """`depth` nested defs around `body`."""
    return "".join("    " * i + "def f%d():\n" % i for i in range(depth)) + "    " * depth + body + "\n"


def genexps(depth, free):
    """A def returning `depth` nested generator expressions (each iterating the enclosing one's `c` when `free`)."""
    e = "c"
    for i in range(depth):
        e = "(%s for c in %s)" % (e, "c" if free and i < depth - 1 else "x")
    return "def g(x):\n    return %s\n" % e


CASES = [("none", "")] + [("d%d" % d, nest(d)) for d in range(1, 7)] + [
    ("d4 pass", nest(4, "pass")),
    ("ge2 nofree", genexps(2, False)), ("ge3 nofree", genexps(3, False)),
    ("ge2 free", genexps(2, True)), ("ge3 free", genexps(3, True)), ("ge4 free", genexps(4, True)),
    ("c11", 'class A:\n    def write(self, rows):\n        return "\\n".join(",".join(str(c) for c in row) for row in rows)\n'),
    ("class d3", "class A:\n    class B:\n        class C:\n            x = 1\n"),
]


def main():
    for name, tail in CASES:
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
            f.write(PROBE + tail)
        try:
            out = subprocess.run([sys.executable, RUNNER, os.devnull, f.name], capture_output=True, text=True, check=True).stdout
        finally:
            os.unlink(f.name)
        print(name, out.strip())


if __name__ == "__main__":
    main()
