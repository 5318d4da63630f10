"""Runs probe.py under 3.11.7, 3.12.1 and 3.13.0 and writes what each printed to expected.json
({version: stdout}), the expected values of src/interpreter/objects/intFromString.test.ts; given
another probe's folder, that folder's probe.py and expected.json (test/oracle/builtinArity).

    python3 test/oracle/numberConversions/generate.py [FOLDER]
"""
import json
import os
import subprocess
import sys

PYTHON = os.path.expanduser('~/.pyenv/shims/python3')
if not os.path.exists(PYTHON):
    PYTHON = 'python3'
VERSIONS = {'3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0'}
here = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
out = {}
for v, full in VERSIONS.items():
    env = {k: x for k, x in os.environ.items() if not k.startswith('PYTHON')}
    env['PYENV_VERSION'] = full
    out[v] = subprocess.run([PYTHON, os.path.join(here, 'probe.py')], capture_output=True, text=True, env=env, check=True).stdout
with open(os.path.join(here, 'expected.json'), 'w') as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write('\n')
print('wrote', {v: len(s.splitlines()) for v, s in out.items()}, 'lines')
