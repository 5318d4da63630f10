"""Run a script under tracemalloc and write, as JSON, the bytes each of its lines still holds at the end.

usage: python3 tracemallocRunner.py OUT.json SCRIPT.py [args...]

The script runs as __main__ with its own stdout and stderr untouched, so what it prints is exactly
what it prints without us. Each live trace is charged to the innermost frame that lies in SCRIPT
(tracemalloc keeps up to 64 frames), which is what the simulation's per-line "retained" counts:
for a script that calls no Python-level library code, this equals statistics('lineno').
"""
import json
import os
import runpy
import sys
import tracemalloc


def innermost_line(traceback, target):
    """The line of the innermost frame of `traceback` that is in `target`, or None."""
    for frame in reversed(traceback):  # a Traceback is ordered oldest -> newest
        if frame.filename == target:
            return frame.lineno
    return None


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out_path, target = sys.argv[1], os.path.abspath(sys.argv[2])
    sys.argv = sys.argv[2:]
    exit_code = 0
    # stdout as a pipe buffers it (what the simulation models): pin that even under
    # PYTHONUNBUFFERED or -u, so what print leaves pending does not depend on the environment.
    if sys.stdout is not None and (sys.stdout.write_through or sys.stdout.line_buffering):
        sys.stdout.reconfigure(write_through=False, line_buffering=False)
    tracemalloc.start(64)
    try:
        scope = runpy.run_path(target, run_name="__main__")  # keeps the module's globals alive
    except SystemExit as stop:
        scope = None
        exit_code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    except BaseException:
        scope = None
        exit_code = 1
        import traceback
        traceback.print_exc()
    snapshot = tracemalloc.take_snapshot()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    per_line = {}
    for trace in snapshot.traces:
        line = innermost_line(trace.traceback, target)
        if line is not None:
            size, count = per_line.get(line, (0, 0))
            per_line[line] = (size + trace.size, count + 1)
    report = {
        "version": sys.version.split()[0],
        "exitCode": exit_code,
        "tracedCurrent": current,
        "tracedPeak": peak,
        "lines": [
            {"line": line, "retainedBytes": size, "retainedBlocks": count}
            for line, (size, count) in sorted(per_line.items())
        ],
    }
    with open(out_path, "w", encoding="utf-8") as out:
        json.dump(report, out)
    del scope
    sys.stdout.flush()
    os._exit(exit_code)  # skip interpreter teardown: its frees are not the script's


if __name__ == "__main__":
    main()
