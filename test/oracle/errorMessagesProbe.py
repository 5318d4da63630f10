"""Runs each case below as a script under 3.11.7, 3.12.1 and 3.13.0 and writes what the
interpreter printed on stderr to test/oracle/errorMessages.json ({case: {version: stderr}}), the
expected values of src/interpreter/session/errorMessages.test.ts. Also checks that
src/interpreter/objects/stdlibModuleNames.ts lists sys.stdlib_module_names of 3.12 and 3.13.

    python3 test/oracle/errorMessagesProbe.py
"""
import json
import os
import subprocess
import tempfile

# The pyenv shim, not the `python3` first on PATH: inside a pyenv-run Python, PATH leads to the
# running version's own binary, which ignores PYENV_VERSION.
PYTHON = os.path.expanduser('~/.pyenv/shims/python3')
if not os.path.exists(PYTHON):
    PYTHON = 'python3'
VERSIONS = {'3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0'}
CASES = {
    'pow operand': "2 ** 'a'\n",
    'pow operand nested': "def f(x, y):\n    return x ** y\n\nf([1], 2)\n",
    'unary minus': "x = 'text'\nprint(-x)\n",
    'unary minus list': "x = [1]\ny = -x\n",
    'star not iterable': "print([*1])\n",
    'unpack not iterable': "a, b = 1\n",
    'unpack ex not iterable': "a, *b = None\n",
    'name typo': "value = 1\nprint(valeu)\n",
    'builtin typo': "prnt('hello')\n",
    'forgot import': "math.sqrt(2)\n",
    'forgot import with typo': "def f():\n    mth = 1\n    return math\n\nf()\n",
    'local typo': "def f():\n    lenght = 1\n    return length\n\nf()\n",
    'self hint': "class C:\n    def __init__(self):\n        self.value = 1\n    def f(self):\n        return value\n\nC().f()\n",
    'no suggestion': "print(undefined_name_xyz)\n",
    'case only': "Value = 1\nprint(value)\n",
    'name in except': "try:\n    valeu\nexcept NameError as e:\n    print(str(e))\n",
    'double star not a mapping': "def f(a): pass\nf(*(), **2)\n",
    'double star duplicate keyword': "def f(a): pass\nf(**{'a': 1}, a=2)\n",
    'dict display not a mapping': "d = {**1}\n",
    'set display unhashable': "s = {(1, [2])}\n",
    'for over an int': "n = 3\nfor i in n:\n    print(i)\n",
    'multi-line binary operation': "a = 1\nb = '2'\nc = (a +\n     b)\n",
    'multi-line call abbreviated': "total = sum(\n    1,\n    2,\n    3,\n    4,\n    5,\n)\n",
    'multi-line call in a call': "def f(a, b):\n    return a / b\n\nprint(\n    'x',\n    f(\n        1,\n        0),\n)\n",
    'multi-line subscript': "d = {}\nv = (d[\n    'missing'\n])\n",
    'multi-line class body': "class C:\n    x = 1 / 0\n",
    'iter returns a non-iterator': "class It:\n    def __iter__(self):\n        return [1, 2]\n\nfor x in It():\n    print(x)\n",
    'None or None': "x = None\ny = None\nprint(x | None)\nprint(x | y)\n",
    'tuple times bytes': "def f(x, y):\n    return x * y\n\nf((1,), b'x')\n",
    'in-place repeat by the right operand': "n = 2\nn *= b'ab'\nprint(n)\nr = range(2)\nr *= [1]\n",
    'bool returns an int in an if': "class C:\n    def __bool__(self):\n        return 1\n\nif C():\n    pass\n",
    'assert on a name': "x = 0\nassert x, 'x is zero'\n",
    'assert after a comparison in and': "a = 1\nb = 0\nassert a == 1 and b\n",
    'assert not a comparison': "x = 1\nassert not x == 1\n",
    'for over a failing generator': "def g():\n    yield 1\n    yield 1 / 0\n\nfor x in g():\n    print(x)\n",
}


def run(version, source):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'snippet.py')
        with open(path, 'w') as f:
            f.write(source)
        env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
        env['PYENV_VERSION'] = VERSIONS[version]
        p = subprocess.run([PYTHON, path], cwd=d, capture_output=True, text=True, env=env)
        return p.stdout + p.stderr.replace(path, 'snippet.py')


here = os.path.dirname(os.path.abspath(__file__))
out = {name: {v: run(v, src) for v in VERSIONS} for name, src in CASES.items()}
out = {name: {'source': CASES[name], 'printed': printed} for name, printed in out.items()}
with open(os.path.join(here, 'errorMessages.json'), 'w') as f:
    json.dump(out, f, indent=1, sort_keys=True)
    f.write('\n')

print('wrote test/oracle/errorMessages.json')
