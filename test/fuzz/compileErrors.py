"""Reads a JSON list of sources on stdin; writes, for each, the SyntaxError CPython's compile()
raises ({type, msg, lineno, offset, end_lineno, end_offset, printed}) or null when it compiles.
`printed` is what the interpreter prints for it uncaught (sys.__excepthook__ without a
traceback, as for a script that does not compile). Used by test/fuzz/fuzzMain.ts and
test/fuzz/syntaxAgreement.ts."""
import io
import json
import sys
import warnings

warnings.simplefilter('ignore')  # SyntaxWarnings of mutants that compile are noise here


def printed(e):
    err, sys.stderr = sys.stderr, io.StringIO()
    try:
        sys.__excepthook__(type(e), e.with_traceback(None), None)
        return sys.stderr.getvalue()
    finally:
        sys.stderr = err


filename = sys.argv[1] if len(sys.argv) > 1 else 'mutant.py'
out = []
for source in json.load(sys.stdin):
    try:
        compile(source, filename, 'exec')
        out.append(None)
    except SyntaxError as e:
        out.append({'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno or 0, 'offset': e.offset or 0,
                    'end_lineno': e.end_lineno or 0, 'end_offset': e.end_offset or 0, 'printed': printed(e)})
    except (ValueError, RecursionError, MemoryError) as e:
        out.append({'type': type(e).__name__, 'msg': str(e), 'lineno': 0, 'offset': 0,
                    'end_lineno': 0, 'end_offset': 0, 'printed': ''})
json.dump(out, sys.stdout)
