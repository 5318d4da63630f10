"""Shared loop of the stdlib dumpers: for each path on stdin, print one JSON line.

`each_file(work)` calls `work(source_bytes, path)` and prints {"file": path, **result}, or
{"file": path, "error": "..."} when it raises.
"""
import json
import sys


def each_file(work):
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        try:
            with open(path, "rb") as f:
                result = work(f.read(), path)
            print(json.dumps({"file": path, **result}))
        except Exception as e:  # noqa: BLE001 - report every failure as data
            print(json.dumps({"file": path, "error": f"{type(e).__name__}: {e}"}))
        sys.stdout.flush()
