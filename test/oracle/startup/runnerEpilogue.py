"""How many entries at the top of each free list media/python/tracemallocRunner.py takes after the
script's last line and before its snapshot: runpy's epilogue (`_TempModule.__exit__(*args)` and
`_ModifiedArgv0.__exit__(*args)` pack a 3-tuple, `self._saved_module = []` takes a list,
`mod_globals.copy()` a dict). tracemalloc re-attributes each such entry to runpy, so the script
line that parked it last no longer holds it.

Method, per kind: the script's first line takes N objects and keeps them (emptying the free list
whatever its startup fill), the second allocates N fresh ones (traced to line 2), the fourth parks
them (the third reverses them, so the dealloc parks the last-allocated on top). At the runner's
snapshot, taken = parked - (blocks of the kind's size still on line 2).

usage: python3 runnerEpilogue.py  (runs the runner once per kind; prints JSON)
With --count SIZE RUNNER SCRIPT it is the wrapper that runs the runner and counts."""
import json
import os
import runpy
import subprocess
import sys
import tempfile

N = 100
CAPACITY = {"float": 100, "list": 80, "dict": 80}  # PyFloat/PyList/PyDict_MAXFREELIST; tuples 2000
KINDS = {"float": "i * 0.5", "list": "[]", "dict": "{}", "tuple1": "(i,)"}
for n in range(2, 11):
    KINDS["tuple%d" % n] = "(i,) * %d" % n


def count(size, runner, script):
    """Runs the runner on `script`, counting the line-2 blocks of `size` in its snapshot."""
    import tracemalloc
    take = tracemalloc.take_snapshot

    def counting_take():
        snap = take()
        n = sum(1 for t in snap.traces if t.size == size and t.traceback[-1].filename == script and t.traceback[-1].lineno == 2)
        with open(script + ".count", "w", encoding="utf-8") as f:
            f.write(str(n))
        return snap

    tracemalloc.take_snapshot = counting_take
    sys.argv = [runner, os.devnull, script]
    runpy.run_path(runner, run_name="__main__")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    runner = os.path.join(here, "..", "..", "..", "media", "python", "tracemallocRunner.py")
    version = sys.version.split()[0]
    result = {"version": version, "probed": N, "taken": {}}
    for kind, obj in KINDS.items():
        size = {"float": 24, "list": 56, "dict": 64}.get(kind) or sys.getsizeof((0,) * int(kind[5:]))
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
            f.write("pre = [{0} for i in range({1})]\nkeep = [{0} for i in range({1})]\nkeep.reverse()\ndel keep\n".format(obj, N))
        try:
            subprocess.run([sys.executable, __file__, "--count", str(size), runner, f.name], capture_output=True, check=True)
            with open(f.name + ".count", encoding="utf-8") as c:
                still = int(c.read())
        finally:
            for p in (f.name, f.name + ".count"):
                if os.path.exists(p):
                    os.unlink(p)
        result["taken"][kind] = min(N, CAPACITY.get(kind, 2000)) - still
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--count"]:
        count(int(sys.argv[2]), sys.argv[3], os.path.abspath(sys.argv[4]))
    else:
        main()
