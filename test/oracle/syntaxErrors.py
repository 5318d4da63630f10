#!/usr/bin/env python3
"""Runs each case of CASES as a script under CPython 3.11, 3.12 and 3.13 and writes what each
prints on stderr (the uncaught SyntaxError: File line, source line, carets, message) to
test/oracle/syntaxErrors.json, the table src/interpreter/parser/syntaxErrors.test.ts checks.

    python3 test/oracle/syntaxErrors.py
"""
import json
import os
import subprocess
import tempfile

PYENV_ROOT = subprocess.run(["pyenv", "root"], capture_output=True, text=True).stdout.strip()
VERSIONS = {"3.11": "3.11.7", "3.12": "3.12.1", "3.13": "3.13.0"}
CASES = {
    "never closed": "x = (1,\ny = 2\n",
    "never closed at end": "print('a',\n      'b'\n",
    "unmatched": "print(1))\n",
    "mismatched": "x = [1, 2)\n",
    "mismatched other line": "x = [1,\n  2)\n",
    "forgot comma": "print(a b)\n",
    "forgot comma call": "print(d.get('x') y)\n",
    "forgot comma multiline": "x = [1\n     2]\n",
    "meant ==": "if x = 1:\n    pass\n",
    # invalid_kwarg: an argument expression other than a name before '='.
    "assignment in argument": "f(a.b = 1)\n",
    "assignment in argument after keyword": "f(x=1, a[0] = 2)\n",
    "assignment in parenthesized argument": "f(x, (a) = 1)\n",
    "assignment in unclosed call": "print(sys.v = 1\nx = 2\n",
    "forgot comma between keywords": "f(target=run args=(1,))\n",
    # A failed subscript backs out: its '[' starts a list display after a missing comma.
    "forgot comma before comprehension": "print(f(a) [x * 2 for x in a])\n",
    "forgot comma before empty list": "print(a, env[])\n",
    # The indentation after a decorator is reported before the missing def.
    "unexpected indent after decorator": "class A:\n    @p\n     def f(self):\n        pass\n",
    "unindent mismatch after decorator": "def t(f):\n    @w(f)\n  def g():\n        pass\n",
    "expected colon": "if x\n    pass\n",
    "expected colon def": "def f()\n    pass\n",
    "expected colon before comment": "for x in y  # loop\n    pass\n",
    "colon not at line end": "while a b:\n    pass\n",
    # The grammar's forced tokens (&&':' and &&'('): the message names whatever token stands there.
    "expected colon after def header": "def f(x) is:\n    pass\n",
    "expected colon after try": "try 1:\n    pass\nexcept:\n    pass\n",
    "expected colon after finally": "try:\n    pass\nfinally x:\n    pass\n",
    "expected colon after else": "for x in y:\n    pass\nelse y:\n    pass\n",
    "expected paren after def name": "def area x:\n    pass\n",
    "string over lines in brackets": "print(len(\"\"\"\nab\n\"\"\"))\nif x = 1:\n    pass\n",
    "null byte": "x = 1\n# note\0more\nprint(x)\n",
    "invalid character": "x = 1 \u2026 2\n",
    "non-printable": "x = 1\u00a0+ 2\n",
    "unterminated string": "s = 'abc\n",
    "unterminated triple": "s = '''abc\n\nx = 1\n",
    "unindent": "if x:\n        a = 1\n    b = 2\n",
    "unexpected indent": "x = 1\n    y = 2\n",
    "expected block": "if x:\npass\n",
    "expected block at end": "for i in x:\n",
    "expected block def": "def f():\n\nx = 1\n",
    "assign to call": "f() = 1\n",
    "invalid decimal": "x = 1Perm\n",
    "invalid decimal later": "x = = 1\ny = 2abc\n",
    "leading zeros": "x = 0123\n",
    "octal digit": "x = 0o8\n",
    "bad underscore": "x = 1__0\n",
    "line continuation": "x = a \\ b\n",
    "invalid syntax token": "x = 1 +\n",
    "invalid syntax keyword": "x = 1 if\n",
    "generic statement": "both  a.keys() & b.keys()\n",
    "tab indented": "if x:\n\tx = = 1\n",
    "tab indented comma": "if x:\n\tf(a b)\n",
    "missing except": "try:\n    x = 1\ny = 2\n",
    # invalid_try_stmt when py-ast accepts the bare try and fails further down.
    "missing except before handler": "try: x = 1\nprint(x)\nexcept ValueError:\n    pass\n",
    "missing except block before handler": "try:\n    x = 1\ny = 2\nexcept E:\n    pass\n",
    # A form feed between tokens is a blank to CPython's tokenizer.
    "form feed splits a keyword": "try:\n    x = 1\ne\fxcept E:\n    pass\n",
    "form feed between operands": "z = [1, \f2 3]\n",
    # 3.13's invalid_for_if_clause; 3.11 and 3.12 give the comma hint over a later clause's targets.
    "comprehension target missing in": "y = [a for a x]\n",
    "comprehension targets missing in": "y = [a for a, b c in d]\n",
    "second comprehension missing in": "y = [r for rows in z for r  rows]\n",
    "comprehension target dangling operator": "y = [a for a + in b]\n",
    "comprehension target then if": "y = [a for a.b[1] if c]\n",
    "comprehension targets double comma": "y = [c for _, _,, c in log]\n",
    "comprehension target missing in next line": "y = [a for a\n  b]\n",
    "generator target missing in": "max(x for x  range(0))\n",
    "comprehension target parenthesized pair": "y = (a for (a b) in c)\n",
    "statement for missing in": "for x range(3):\n    pass\n",
    "f-string empty": "x = f'{}'\n",
    "f-string bang": "x = f'{x!}'\n",
    "return outside function": "return 1\n",
    # Python 2's print and exec statements: CPython's invalid_legacy_expression.
    "legacy print": "print 'hello'\n",
    "legacy print tuple": "print x, y,\n",
    "legacy exec": "exec 'code'\n",
    "legacy print assigned": "x = print 'a'\n",
    "legacy print in block": "if True:\n    print 'a' % (1, 2)\n",
    "legacy print in list": "y = [print x]\n",
    "legacy print stops at expression": "print a b\n",
    "legacy print before assignment": "print x = 3\n",
    "legacy print conditional": "print x if y else z\n",
    "legacy print yield": "print yield\n",
    "legacy print attribute": "sys.print 'a'\n",
    # PEP 695 (3.12) and PEP 696 (3.13): new syntax older parsers reject; "" = runs cleanly.
    "generic def": "def f[T](x: T) -> T:\n    return x\n",
    "generic async def": "async def f[**P, *Ts](): pass\n",
    "generic class": "class C[T: int]:\n    pass\n",
    "generic decorated def": "@staticmethod\ndef g[T](): pass\n",
    "type alias": "type Vector = list[float]\n",
    "type alias nested": "x = 1\nif x:\n    type A[T] = list[T]\n",
    "type param default def": "def f[T = int](): pass\n",
    "type param default class": "class C[T = int]: pass\n",
    "type param default alias": "type A[T = int] = list[T]\n",
    "type soft keyword": "type = 5\nprint(type)\n",
}

out = {}
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "case.py")
    for name, source in CASES.items():
        with open(path, "w", encoding="utf-8") as f:
            f.write(source)
        out[name] = {"source": source}
        for short, full in VERSIONS.items():
            # The interpreter itself, not the pyenv shim: under `pyenv exec` PATH leads to one version.
            exe = os.path.join(PYENV_ROOT, "versions", full, "bin", "python3")
            err = subprocess.run([exe, "case.py"], cwd=tmp, capture_output=True, text=True).stderr
            out[name][short] = err.replace(path, "case.py")
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "syntaxErrors.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write("\n")
