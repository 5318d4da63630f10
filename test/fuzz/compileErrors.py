"""Reads a JSON list of sources on stdin; writes, for each, the SyntaxError CPython's compile()
raises ({type, msg, lineno, offset}) or null when it compiles. Used by test/fuzz/fuzzMain.ts."""
import json
import sys
import warnings

warnings.simplefilter('ignore')  # SyntaxWarnings of mutants that compile are noise here

out = []
for source in json.load(sys.stdin):
    try:
        compile(source, 'mutant.py', 'exec')
        out.append(None)
    except SyntaxError as e:
        out.append({'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno or 0, 'offset': e.offset or 0})
    except (ValueError, RecursionError, MemoryError) as e:
        out.append({'type': type(e).__name__, 'msg': str(e), 'lineno': 0, 'offset': 0})
json.dump(out, sys.stdout)
