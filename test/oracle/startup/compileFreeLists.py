"""How many lists a script finds on the list free list at its first line under
media/python/tracemallocRunner.py, as a function of how many scopes the script has.

Compiling the script (runpy's compile, after tracemalloc.start) builds a symbol table entry per scope
(the module, each def, lambda, class, comprehension and generator expression), each with two lists
(its varnames and its children), and frees them all when the compile ends: they land on the free
list (at most 80). So the fill at the first line grows with the script's scopes, which the
simulation derives from its own symbol table (engine/startupCalibration.ts).

usage: python3 compileFreeLists.py  (prints JSON: scopes -> [fill, untraced positions from the top])"""
import json
import os
import subprocess
import sys
import tempfile

FIRST = "keep = [[i] for i in range(200)]\n"
PROBE = """import sys, tracemalloc, re
def on_line_1(obj):
    tb = tracemalloc.get_object_traceback(obj)
    return tb is not None and tb[-1].filename == __file__ and tb[-1].lineno == 1
sys._debugmallocstats()
"""


def measure(extra):
    # The first line's objects come from the free list; which are untraced tells the order. The
    # fill is what the free list held before line 1: the comprehension's lists plus what is left.
    # `keep` itself was taken first (the comprehension's result): keep[k] is entry k + 1.
    src = FIRST + PROBE + "print(json.dumps([k for k, obj in enumerate([keep] + keep) if not on_line_1(obj)]))\nimport json\n"
    src = src.replace("print(json", "import json\nprint(json")
    src += "".join("def f%d(): pass\n" % i for i in range(extra))
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(src)
    runner = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "media", "python", "tracemallocRunner.py")
    try:
        r = subprocess.run([sys.executable, runner, os.devnull, f.name], capture_output=True, text=True, check=True)
    finally:
        os.unlink(f.name)
    untraced = json.loads(r.stdout)
    # Scopes: the module, the comprehension, on_line_1 and the extra functions.
    return 3 + extra, untraced


def fill_at_line_1(extra):
    """The list free list's fill at line 1, read by _debugmallocstats as that line."""
    src = "import sys; sys._debugmallocstats()\n" + "".join("def f%d(): pass\n" % i for i in range(extra))
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(src)
    runner = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "media", "python", "tracemallocRunner.py")
    try:
        err = subprocess.run([sys.executable, runner, os.devnull, f.name], capture_output=True, text=True, check=True).stderr
    finally:
        os.unlink(f.name)
    for line in err.splitlines():
        if "free PyListObjects" in line:
            return 1 + extra, int(line.split()[0])
    raise RuntimeError("no list free-list line in _debugmallocstats output")


def main():
    result = {"version": sys.version.split()[0], "fill": {}, "untracedAt": {}}
    for extra in (0, 1, 5, 10, 20, 30, 40, 60):
        scopes, fill = fill_at_line_1(extra)
        result["fill"][scopes] = fill
    for extra in (0, 30):
        scopes, untraced = measure(extra)
        result["untracedAt"][scopes] = untraced
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
