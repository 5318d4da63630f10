"""Per-line live blocks of a script under tracemalloc, as the extension's runner charges them.

usage: python3 test/oracle/tracemallocBlocks.py SCRIPT.py [LINE ...]

Runs SCRIPT like media/python/tracemallocRunner.py (runpy as __main__, tracemalloc with 64 frames,
each live trace charged to the innermost frame in SCRIPT) and prints, for each line (or only the
given ones), the sizes of the blocks it still holds at the end, largest first. The companion of
test/tracemalloc/blocks.mjs, which prints the simulation's blocks for the same lines: put the two
side by side to see which allocation is extra or missing.
"""
import io
import os
import runpy
import sys
import tracemalloc


def main():
    target = os.path.abspath(sys.argv[1])
    wanted = {int(a) for a in sys.argv[2:]}
    sys.argv = sys.argv[1:2]
    real_stdout = sys.stdout
    if sys.stdout.write_through or sys.stdout.line_buffering:
        sys.stdout.reconfigure(write_through=False, line_buffering=False)
    tracemalloc.start(64)
    try:
        scope = runpy.run_path(target, run_name="__main__")
    except BaseException:  # noqa: BLE001 - report whatever the script left
        scope = None
    snapshot = tracemalloc.take_snapshot()
    tracemalloc.stop()
    per_line = {}
    for trace in snapshot.traces:
        for frame in reversed(trace.traceback):
            if frame.filename == target:
                per_line.setdefault(frame.lineno, []).append(trace.size)
                break
    out = io.StringIO()
    for line in sorted(per_line):
        if wanted and line not in wanted:
            continue
        sizes = sorted(per_line[line], reverse=True)
        out.write(f"{line:4} {sum(sizes):6} bytes {len(sizes):3} blocks: {' '.join(map(str, sizes))}\n")
    real_stdout.flush()
    sys.stderr.write(out.getvalue())
    del scope
    os._exit(0)


if __name__ == "__main__":
    main()
