"""How many dicts a script finds on the dict free list at its first line under
media/python/tracemallocRunner.py, as a function of the shape of the script's scopes.

runpy's compile of the script (after tracemalloc.start) keeps a dict per symbol table entry
(`ste_symbols`) alive to its end, and each code unit it compiles has its own dicts (consts, names,
varnames, cellvars, freevars and, on 3.12+, the hidden fast names) while it is compiled, nested
units on top of their parent's; 3.13 also holds one more dict while it inlines a comprehension. All
are freed when the compile ends, so the fill at line 1 follows the peak (at most 80, one of which
runpy takes). engine/startupCalibration.ts derives it from the simulation's own symbol table.

usage: python3 compileDictFreeList.py  (prints JSON: case -> {source, fill}; the source starts
with the line that prints the allocator statistics)"""
import json
import os
import subprocess
import sys
import tempfile

FIRST = "import sys; sys._debugmallocstats()\n"
RUNNER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "media", "python", "tracemallocRunner.py")


def defs(n, body="pass"):
    return "".join("def f%d(): %s\n" % (i, body) for i in range(n))


CASES = {
    "empty": "",
    "1 def": defs(1),
    "5 defs": defs(5),
    "10 defs": defs(10),
    "30 defs": defs(30),
    "60 defs": defs(60),
    "100 defs": defs(100),
    "5 classes": "".join("class A%d: pass\n" % i for i in range(5)),
    "10 lambdas": "".join("g%d = lambda: 0\n" % i for i in range(10)),
    "1 comprehension": "x = [i for i in range(3)]\n",
    "5 comprehensions": "".join("x%d = [i for i in range(3)]\n" % i for i in range(5)),
    "5 generator expressions": "".join("x%d = sum(i for i in range(3))\n" % i for i in range(5)),
    "comprehension in a def": "def f():\n    return [i for i in range(3)]\n",
    "5 nested defs": "def f():\n" + "".join("    def g%d(): pass\n" % i for i in range(5)),
    "class with 3 methods": "class A:\n    def m(self): pass\n    def n(self): pass\n    def o(self): pass\n",
    "20 names": "".join("a%d = %d\n" % (i, i) for i in range(20)),
}


def fill(body):
    """The dict free list's fill at line 1, read by _debugmallocstats as that line."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(FIRST + body)
    try:
        err = subprocess.run([sys.executable, RUNNER, os.devnull, f.name], capture_output=True, text=True, check=True).stderr
    finally:
        os.unlink(f.name)
    for line in err.splitlines():
        if "free PyDictObjects" in line:
            return int(line.split()[0])
    raise RuntimeError("no dict free-list line in _debugmallocstats output")


def main():
    result = {"version": sys.version.split()[0], "cases": {}}
    for name, body in CASES.items():
        result["cases"][name] = {"source": FIRST + body, "fill": fill(body)}
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
