"""What CPython does with deeply nested but otherwise valid scripts, at the edges of its limits
(the parser's stack, the compiler's recursion limit, the int digit limit). Each case runs as a
script in a fresh interpreter (`python3 case.py`), the way a run compiles the user's program:
compile() called from Python code counts the caller's frames too (3.11/3.12 refuse a few levels
earlier). Prints one JSON line per case: {name, error} with error the last line of stderr, or
null when it compiles. Expected values of src/interpreter/parser/nestingLimits.test.ts:
    PYENV_VERSION=3.12.1 python3 test/oracle/deepNesting.py
Obscurity: 3.13.0 gives different answers depending on the parent process (launched from bash,
`x = ` + 5,001 `-` + `a` compiles; launched from Python's subprocess it is the RecursionError at
2,999 like 3.11 and 3.12); this script launches from Python."""
import json
import os
import subprocess
import sys
import tempfile

CASES = {
    'sum 3000 terms': 'x = ' + '+'.join(['a'] * 3000),
    'sum 3001 terms': 'x = ' + '+'.join(['a'] * 3001),
    'sum 2999 terms in def': 'def f():\n    x = ' + '+'.join(['a'] * 2999),
    'sum 3000 terms in def': 'def f():\n    x = ' + '+'.join(['a'] * 3000),
    'attribute 2998': 'x = a' + '.b' * 2998,
    'attribute 2999': 'x = a' + '.b' * 2999,
    'call 10000': 'x = f' + '()' * 10000,
    'minus 2998': 'x = ' + '-' * 2998 + '1',
    'minus 2999': 'x = ' + '-' * 2999 + '1',
    'minus 5967': 'x = ' + '-' * 5967 + '1',
    'minus 5968': 'x = ' + '-' * 5968 + '1',
    'minus 100000': '-' * 100000 + '1',
    'not 5968': 'x = ' + 'not ' * 5968 + 'x',
    'conditional 2999': 'x = ' + 'a if b else ' * 2999 + 'c',
    'conditional 5968': 'x = ' + 'a if b else ' * 5968 + 'c',
    'lambda 2983': 'x = ' + 'lambda: ' * 2983 + '1',
    'lambda 2984': 'x = ' + 'lambda: ' * 2984 + '1',
    'power 2985 terms': 'x = ' + '**'.join(['2'] * 2985),
    'and 100000': 'x = ' + ' and '.join(['a'] * 100000),
    'compare 100000': 'x = ' + ' < '.join(['a'] * 100000),
    'tuple 100000': 'x = (' + ','.join(['1'] * 100000) + ')',
    'int 4300 digits': 'x = ' + '9' * 4300,
    'int 4301 digits': 'x = (1,\n  ' + '9' * 4301 + ')',
    'int 4301 digits with underscores': 'x = ' + '1_' * 4300 + '1',
    'hex 5000 digits': 'x = 0x' + 'f' * 5000,
    'float 5000 digits': 'x = ' + '9' * 5000 + '.0',
}

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'deep.py')
    for name, source in CASES.items():
        with open(path, 'w') as f:
            # Compiled in full, then never run.
            f.write('raise SystemExit\n' + source + '\n')
        run = subprocess.run([sys.executable, path], capture_output=True, text=True)
        lines = run.stderr.strip().splitlines()
        print(json.dumps({'name': name, 'error': lines[-1] if lines else None}), flush=True)
