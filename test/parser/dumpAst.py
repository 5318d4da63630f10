"""Print CPython's ast.dump(..., include_attributes=True) for each file named on stdin.

One JSON object per line: {"file": path, "dump": text} or {"file": path, "error": text}.
Used by compareStdlib.mjs; run it with the interpreter whose parser is the reference.
"""
import ast
import json
import sys

for line in sys.stdin:
    path = line.rstrip("\n")
    if not path:
        continue
    try:
        with open(path, "rb") as f:
            source = f.read()
        tree = ast.parse(source, path)
        print(json.dumps({"file": path, "dump": ast.dump(tree, include_attributes=True)}))
    except Exception as e:  # noqa: BLE001 - report every failure as data
        print(json.dumps({"file": path, "error": f"{type(e).__name__}: {e}"}))
    sys.stdout.flush()
