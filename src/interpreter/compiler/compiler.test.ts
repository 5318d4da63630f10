// Compiler behaviour that matters for allocations and for the eval loop: instruction choices,
// structural soundness of every snippet (verifyCode), compile errors and speed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../parser/index';
import { PySyntaxError } from '../parser/syntaxError';
import { compile } from './compiler';
import type { CodeObject, PythonVersion } from './codeObject';
import { verifyCode } from './verifyCode';
import { isInternedStringConstant } from './constantKey';

function code(src: string, version: PythonVersion = '3.12'): CodeObject {
  return compile(parse(src, '<test>'), { version });
}

function ops(c: CodeObject): string[] {
  return c.instructions.map((i) => i.op);
}

function inner(c: CodeObject, i = 0): CodeObject {
  const consts = c.consts.filter((x) => x !== null && typeof x === 'object' && x.type === 'code');
  return (consts[i] as { code: CodeObject }).code;
}

const snippets = JSON.parse(readFileSync(join(process.cwd(), 'test', 'parser', 'codeSnippets.json'), 'utf8')) as Record<string, string>;

for (const version of ['3.11', '3.12', '3.13'] as PythonVersion[]) {
  test(`${version}: every snippet compiles to structurally sound code`, () => {
    for (const [name, src] of Object.entries(snippets)) {
      let c: CodeObject;
      try {
        c = code(src, version);
      } catch (e) {
        if (e instanceof PySyntaxError) continue;
        throw e;
      }
      assert.deepEqual(verifyCode(c), [], name);
    }
  });
}

test('three or more constants build a list with LIST_EXTEND of a constant tuple', () => {
  assert.deepEqual(ops(code('[1, 2, 3]\n')).slice(1, 4), ['BUILD_LIST', 'LOAD_CONST', 'LIST_EXTEND']);
  assert.ok(ops(code('x = [1, 2]\n')).includes('BUILD_LIST'));
  assert.ok(ops(code('x = {1, 2, 3}\n')).includes('SET_UPDATE'));
  assert.ok(ops(code("x = {'a': y, 'b': z}\n")).includes('BUILD_CONST_KEY_MAP'));
});

test('a, b = x, y builds no tuple: SWAP at module level, reversed stores in a function (CPython 3.12 dis)', () => {
  const c = code('a, b = x, y\n(c,) = (x,)\ndef g(x, y, z):\n    a, b, c = x, y, z\n    a, a = x, y\n');
  assert.deepEqual(ops(c).slice(1, 8), ['LOAD_NAME', 'LOAD_NAME', 'SWAP', 'STORE_NAME', 'STORE_NAME', 'LOAD_NAME', 'STORE_NAME']);
  const g = inner(c);
  assert.deepEqual(g.instructions.slice(1, 12).map((i) => `${i.op} ${i.arg}`), [
    'LOAD_FAST 0', 'LOAD_FAST 1', 'LOAD_FAST 2', 'STORE_FAST 5', 'STORE_FAST 4', 'STORE_FAST 3',
    'LOAD_FAST 0', 'LOAD_FAST 1', 'SWAP 2', 'STORE_FAST 3', 'STORE_FAST 3',
  ]);
});

test('3.12 inlines list comprehensions; 3.11 and generator expressions call a new code object', () => {
  assert.ok(ops(code('[x for x in y]\n', '3.12')).includes('LOAD_FAST_AND_CLEAR'));
  assert.ok(ops(code('[x for x in y]\n', '3.11')).includes('MAKE_FUNCTION'));
  assert.ok(ops(code('(x for x in y)\n', '3.12')).includes('MAKE_FUNCTION'));
  assert.deepEqual(ops(inner(code('(x for x in y)\n'))).slice(0, 3), ['RETURN_GENERATOR', 'POP_TOP', 'RESUME']);
});

test('method calls use LOAD_ATTR with the method bit, and 3.12 super() uses LOAD_SUPER_ATTR', () => {
  const c = code('o.m(1)\n');
  const load = c.instructions.find((i) => i.op === 'LOAD_ATTR')!;
  assert.equal(load.arg & 1, 1);
  const sup = inner(inner(code('class A:\n    def f(self):\n        return super().f()\n')));
  assert.ok(ops(sup).includes('LOAD_SUPER_ATTR'));
  assert.deepEqual(sup.freevars, ['__class__']);
});

test('every instruction carries its source line', () => {
  const c = code('a = 1\n\nb = [a,\n     a]\n');
  const lines = new Set(c.instructions.map((i) => i.lineno));
  assert.ok(lines.has(1) && lines.has(3));
  assert.ok(c.instructions.every((i) => i.lineno >= 1));
});

test('try/except/finally and with build an exception table', () => {
  const c = code('try:\n    f()\nexcept E as e:\n    g(e)\nfinally:\n    h()\nwith m() as x:\n    pass\n');
  assert.ok(c.exceptionTable.length >= 4);
  assert.deepEqual(verifyCode(c), []);
});

test('constants are deduplicated by type and value within a code object', () => {
  const c = code('a = 257\nb = 257\nc = 1.0\nd = 1\ne = True\n');
  assert.equal(c.consts.filter((x) => typeof x === 'object' && x !== null && x.type === 'int' && x.value === 257n).length, 1);
  assert.equal(c.consts.length, 5);
});

test('compile errors are CPython SyntaxErrors', () => {
  const cases: [string, string][] = [
    ['return 1\n', "'return' outside function"],
    ['break\n', "'break' outside loop"],
    ['def f():\n    nonlocal q\n', "no binding for nonlocal 'q' found"],
    ['def f(a):\n    global a\n', "name 'a' is parameter and global"],
    ['f(a=1, a=2)\n', 'keyword argument repeated: a'],
    ['yield 1\n', "'yield' outside function"],
    ['for i in x:\n    try:\n        pass\n    except* E:\n        break\n', "'break', 'continue' and 'return' cannot appear in an except* block"],
    ['def f():\n    try:\n        pass\n    except* E:\n        return 5\n', "'break', 'continue' and 'return' cannot appear in an except* block"],
    ['try:\n    pass\nexcept*:\n    pass\n', 'expected one or more exception types'],
  ];
  for (const [src, msg] of cases) {
    assert.throws(() => code(src), (e: unknown) => e instanceof PySyntaxError && e.msg === msg, src);
  }
});

test('a 10,000-line script parses and compiles to one code object per function', () => {
  // Its speed is measured by `npm run bench` (parse + compile row), not asserted: timings on a
  // shared machine are noise for a test.
  const block = 'def f{i}(a, b=2):\n    x = [a, b, 3]\n    for y in x:\n        if y > 1:\n            a += y\n    return {"k": a, "v": b}\n';
  const src = Array.from({ length: 1700 }, (_, i) => block.replace('{i}', String(i))).join('');
  assert.ok(src.split('\n').length >= 10000);
  const module = code(src);
  const functions = module.consts.flatMap((c) => (typeof c === 'object' && c !== null && 'type' in c && c.type === 'code' ? [c.code as CodeObject] : []));
  assert.equal(functions.length, 1700);
  assert.equal(functions[1699].name, 'f1699');
});

test('identifier-like string constants are the interned ones', () => {
  assert.equal(isInternedStringConstant('hello'), true);
  assert.equal(isInternedStringConstant('hello world'), false);
  assert.equal(isInternedStringConstant(''), true);
  assert.equal(isInternedStringConstant('é'), false);
});

test("compile modes: 'eval' returns the expression, 'single' prints expression statements", () => {
  const e = compile(parse('1 + x\n'), { version: '3.12', mode: 'eval' });
  assert.deepEqual(ops(e).slice(-1), ['RETURN_VALUE']);
  assert.throws(() => compile(parse('x = 1\n'), { version: '3.12', mode: 'eval' }), PySyntaxError);
  const single = compile(parse('x\n'), { version: '3.12', mode: 'single' });
  assert.ok(ops(single).includes('CALL_INTRINSIC_1'));
});
