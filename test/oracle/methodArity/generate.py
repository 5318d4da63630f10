"""Runs probe.py under 3.11.7, 3.12.1 and 3.13.0, writes what each printed to expected.json (the
expected values of src/interpreter/objects/methodArity.test.ts) and, from the arity errors the
built-in types' methods raised, src/interpreter/objects/methodArityTable.ts.

    python3 test/oracle/methodArity/generate.py
"""
import json
import os
import re
import subprocess

PYTHON = os.path.expanduser('~/.pyenv/shims/python3')
if not os.path.exists(PYTHON):
    PYTHON = 'python3'
VERSIONS = {'3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0'}
here = os.path.dirname(os.path.abspath(__file__))
TYPES = {'str','bytes','bytearray','list','tuple','dict','set','frozenset','int','float','complex','range'}
def parse(text):
    out = {}
    for line in text.splitlines():
        m = re.match(r'(\w+)\.(\w+)/(\d+) (->|!!) ?(.*)', line.rstrip('\n'))
        if not m or m.group(1) not in TYPES: continue
        out.setdefault(f'{m.group(1)}.{m.group(2)}', {})[int(m.group(3))] = (m.group(4), m.group(5))
    return out
ARITY = re.compile(r"TypeError (.*(takes no arguments|takes exactly one argument|expected|takes at most|takes at least|takes exactly|missing required argument).*)")
res = {}
printed = {}
for v, f in VERSIONS.items():
    env = {k: x for k, x in os.environ.items() if not k.startswith('PYTHON')}
    env['PYENV_VERSION'] = f
    printed[v] = subprocess.run([PYTHON, os.path.join(here, 'probe.py')], capture_output=True, text=True, env=env, check=True).stdout
    table = {}
    for key, d in parse(printed[v]).items():
        few = d.get(0); many = d.get(5)
        fewm = ARITY.match(few[1]) if few and few[0] == '!!' else None
        manym = ARITY.match(many[1]) if many and many[0] == '!!' else None
        if not fewm and not manym: continue
        mn, mx = 0, None
        if fewm:
            t = fewm.group(1)
            g = re.search(r'(at least|expected|exactly) (\d+|one)', t)
            mn = 1 if (not g or g.group(2) == 'one') else int(g.group(2))
        if manym:
            t = manym.group(1)
            if 'no arguments' in t: mx = 0
            else:
                g = re.search(r'(at most|expected|exactly) (\d+|one)', t)
                mx = 1 if g.group(2) == 'one' else int(g.group(2))
        tf = fewm.group(1).replace('(0 given)', '(# given)').replace('got 0', 'got #') if fewm else ''
        tm = manym.group(1).replace('(5 given)', '(# given)').replace('got 5', 'got #') if manym else ''
        table[key] = [mn, mx if mx is not None else -1, tf, tm]
    res[v] = table
base = res['3.12']
def diff(v):
    d = {k: x for k, x in res[v].items() if base.get(k) != x}
    gone = [k for k in base if k not in res[v]]
    return d, gone
lines = []
def entries(t):
    return ''.join(f'  {json.dumps(k)}: {json.dumps(x)},\n' for k, x in sorted(t.items()))
d11, g11 = diff('3.11'); d13, g13 = diff('3.13')
src = f'''/**
 * The argument counts CPython's built-in methods check, with the TypeError each raises, as the
 * real interpreters printed them for test/oracle/methodArity/probe.py (written by its generate.py):
 * `type.method: [min, max (-1: no limit), too-few text, too-many text]`, `#` standing for the
 * count given. 3.12's table, then what 3.11 and 3.13 print differently.
 */
import type {{ CPythonVersion }} from '../../protocol/heapModel';

/** One method's arity: fewest and most positional arguments, and the texts of the two errors. */
export type MethodArity = [number, number, string, string];

const BASE: Record<string, MethodArity> = {{
{entries(base)}}};

const CHANGED: Record<CPythonVersion, Record<string, MethodArity | null>> = {{
  '3.11': {{
{entries({**d11, **{k: None for k in g11}})}  }},
  '3.12': {{}},
  '3.13': {{
{entries({**d13, **{k: None for k in g13}})}  }},
}};

/** The arity CPython `version` checks for `type.method`, if the probe saw one. */
export function methodArity(version: CPythonVersion, key: string): MethodArity | undefined {{
  const changed = CHANGED[version][key];
  return changed === null ? undefined : changed ?? BASE[key];
}}
'''
open(os.path.join(here, '../../../src/interpreter/objects/methodArityTable.ts'), 'w').write(src)
with open(os.path.join(here, 'expected.json'), 'w') as f:
    json.dump(printed, f, indent=1, ensure_ascii=False)
    f.write('\n')
print('wrote methodArityTable.ts and expected.json:', {v: len(t) for v, t in res.items()}, 'methods')
