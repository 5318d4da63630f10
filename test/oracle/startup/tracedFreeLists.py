"""How many of the free-list entries a script finds at its first line under
media/python/tracemallocRunner.py are untraced (allocated before tracemalloc.start) rather than
traced (freed by runpy's compile of the script, after tracemalloc.start).

tracemalloc re-attributes a traced block reused from a free list to the reusing line
(`_PyTraceMalloc_NewReference`; 3.13's ref tracer), while an untraced one stays invisible. So a
first statement that takes N objects of one kind from the free list is charged for every object
except the untraced entries it found: untraced = N - charged.

Dict keys blocks (8-slot unicode tables, `keys_free_list`) are no objects: a reuse keeps the block's
old trace, which belongs to runpy or to nothing, never to the script. So for "dictKeys" every entry
on the keys free list goes uncharged, and what is measured is the list's fill at the first line,
which `_debugmallocstats` prints only on 3.13.

usage: python3 tracedFreeLists.py  (runs itself under the runner once per kind; prints JSON)
When run by the runner with a KIND argument, the script's first line takes the objects.

"untracedAt" says where the untraced entries sit, as positions from the top of each free list (0:
the first one a script takes): not all at the bottom, since runpy also freed objects it had
allocated before tracemalloc.start."""
import json
import os
import subprocess
import sys
import tempfile

N = 400
# kind -> (the first statement, the size of one object's block on this version)
KINDS = {
    "float": "keep = [i * 0.5 for i in range(%d)]" % N,
    "list": "keep = [[i] for i in range(%d)]" % N,
    "dict": "keep = [{i: i} for i in range(%d)]" % N,
    "dictKeys": "keep = [{'k': None} for i in range(%d)]" % N,
}
for n in range(1, 21):
    KINDS["tuple%d" % n] = "keep = [(i,) * %d for i in range(%d)]" % (n, N)

PROBE = """{first}
import sys, tracemalloc, json
size = type(keep[0]).__basicsize__ + 16 if type(keep[0]) in (list, dict) else sys.getsizeof(keep[0])  # the object's own block
if {kind!r} == "dictKeys":
    size = sys.getsizeof(keep[0]) - sys.getsizeof({{}})  # the keys block
snap = tracemalloc.take_snapshot()
charged = sum(1 for t in snap.traces if t.size == size and t.traceback[-1].filename == __file__ and t.traceback[-1].lineno == 1)
def on_line_1(obj):
    tb = tracemalloc.get_object_traceback(obj)
    return tb is not None and tb[-1].filename == __file__ and tb[-1].lineno == 1
# keep[k] is the k-th object taken, i.e. the free list's k-th entry from the top (LIFO); for
# lists, `keep` itself was taken first (the comprehension's result), so keep[k] is entry k + 1
taken = [keep] + keep if {kind!r} == "list" else keep
at = [] if {kind!r} == "dictKeys" else [k for k, obj in enumerate(taken) if not on_line_1(obj)]
print(json.dumps([charged, at]))
"""


def main():
    runner = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "media", "python", "tracemallocRunner.py")
    result = {"version": sys.version.split()[0], "probed": N, "untraced": {}, "untracedAt": {}}
    for kind, first in KINDS.items():
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
            f.write(PROBE.format(first=first, kind=kind))
        try:
            out = subprocess.run([sys.executable, runner, os.devnull, f.name], capture_output=True, text=True, check=True).stdout
        finally:
            os.unlink(f.name)
        charged, at = json.loads(out)
        result["untraced"][kind] = N - charged
        if kind != "dictKeys":
            result["untracedAt"][kind] = at
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
