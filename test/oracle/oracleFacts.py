"""Shared helpers of the layout oracles: each oracle script measures one area of CPython's object
layouts on the interpreter running it and prints {"python": ..., "facts": {...}} as JSON.

Facts are plain numbers or lists of numbers (a list is indexed by n = 0, 1, 2, ...), so the
fidelity tests in test/fidelity can compare every element with the layout functions.
"""
import gc
import json
import sys
import tracemalloc

PROBE = "<probe>"


def emit(facts):
    """Print the facts of this script as JSON, keys sorted, one fact per line."""
    out = {"python": ".".join(map(str, sys.version_info[:3])), "facts": facts}
    text = json.dumps(out, indent=1, sort_keys=True)
    print(text)


def source_run(src, ns=None):
    """Execute src (compiled under a fixed file name) in ns and return ns."""
    ns = {} if ns is None else ns
    exec(compile(src, PROBE, "exec"), ns)
    return ns


def traced_lines(src, setup="", keep=()):
    """Like traced, but per line of src: {lineno: sizes}, every line of src listed."""
    ns = {"sys": sys}
    exec(compile(setup, "<setup>", "exec"), ns)
    for k in keep:
        ns.setdefault(k, None)
    code = compile(src, PROBE, "exec")
    gc.collect()
    tracemalloc.start(1)
    exec(code, ns)
    snap = tracemalloc.take_snapshot()
    tracemalloc.stop()
    lines = {i + 1: [] for i in range(src.count("\n") + 1)}
    for t in snap.traces:
        if t.traceback[0].filename == PROBE:
            lines[t.traceback[0].lineno].append(t.size)
    return [sorted(v, reverse=True) for _, v in sorted(lines.items())]


def traced(src, setup="", keep=("x",)):
    """Sizes (sorted, largest first) of the blocks src allocates, as tracemalloc sees them.

    setup runs first, untraced; the names src assigns are pre-bound so the namespace dict does
    not grow while tracing. A full collection empties the free lists, then src runs once
    untraced with its results kept alive: the free lists then hold exactly the temporaries src
    needs (argument tuples and the like), so the traced run shows the objects src keeps.
    """
    ns = {"sys": sys}
    exec(compile(setup, "<setup>", "exec"), ns)
    for k in keep:
        ns.setdefault(k, None)
    code = compile(src, PROBE, "exec")
    gc.collect()
    exec(code, ns)
    kept = [ns[k] for k in keep]
    tracemalloc.start(1)
    exec(code, ns)
    snap = tracemalloc.take_snapshot()
    tracemalloc.stop()
    del kept
    sizes = [t.size for t in snap.traces if t.traceback[0].filename == PROBE]
    return sorted(sizes, reverse=True)
