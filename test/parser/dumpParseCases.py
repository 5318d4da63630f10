"""CPython's ast.dump(include_attributes=True), or its SyntaxError, for each parseSources.json entry.

Usage: python3 dumpParseCases.py parseSources.json > parseCases-3.12.json (checked in; the
parser tests compare our parse with it).
"""
import ast
import json
import sys

out = {}
for name, source in json.load(open(sys.argv[1])).items():
    try:
        out[name] = {"dump": ast.dump(ast.parse(source), include_attributes=True)}
    except SyntaxError as e:
        out[name] = {"error": [type(e).__name__, e.msg, e.lineno, e.offset]}
print(json.dumps(out, indent=1, ensure_ascii=False))
