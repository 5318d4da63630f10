/**
 * Caret lines checked against what CPython 3.11.7 and 3.12.1 print for the same failing statements
 * (3.13.0 too, except where `cases313` says otherwise: its Python printer anchors calls at their
 * `(` and draws nothing under `name = f(...)` / `return f(...)`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caretLine } from './tracebackCarets';

const at = (line: string, from: string, to = from) => {
  const col = Buffer.byteLength(line.slice(0, line.indexOf(from)));
  const endCol = Buffer.byteLength(line.slice(0, line.lastIndexOf(to) + to.length));
  return { line: 1, endLine: 1, col, endCol };
};

const cases: [string, string, string, string | null][] = [
  ['print([][3])', '[][3]', '[][3]', '          ~~^^^'],
  ['x = 1 + None', '1 + None', '1 + None', '        ~~^~~~~~'],
  ['value = f(0)', 'f(0)', 'f(0)', '            ^^^^'],
  ['f(0)', 'f(0)', 'f(0)', null],
  ["b = {}['k']", "{}['k']", "{}['k']", '        ~~^^^^^'],
  ['t = (1, 2)[5]', '(1, 2)[5]', '(1, 2)[5]', '        ~~~~~~^^^'],
  ['z = [1, 2, 3][1] / 0', '[1, 2, 3][1] / 0', '[1, 2, 3][1] / 0', '        ~~~~~~~~~~~~~^~~'],
  ['n = len(5)', 'len(5)', 'len(5)', '        ^^^^^^'],
  ["    return d['missing'] + 1", "d['missing']", "d['missing']", '           ~^^^^^^^^^^^'],
  ['    return 1 // x', '1 // x', '1 // x', '           ~~^^~~'],
  ['w = 10 ** 2 // (3 - 3)', '10 ** 2 // (3 - 3)', '10 ** 2 // (3 - 3)', '        ~~~~~~~~^^~~~~~~~~'],
];

const cases313: Record<string, string | null> = {
  'value = f(0)': null,
  'f(0)': '    ~^^^',
  'n = len(5)': null,
};

for (const [line, from, to, expected] of cases) {
  test(`carets under ${JSON.stringify(line)}`, () => {
    assert.equal(caretLine(line, at(line, from, to), 11), expected);
    assert.equal(caretLine(line, at(line, from, to), 12), expected);
    assert.equal(caretLine(line, at(line, from, to), 13), line in cases313 ? cases313[line] : expected);
  });
}

test('3.13 anchors a method call at its parenthesis, and a call inside an assignment\'s value', () => {
  const m = 'obj.method(1)';
  assert.equal(caretLine(m, at(m, m), 13), '    ~~~~~~~~~~^^^');
  assert.equal(caretLine(m, at(m, m), 12), null);
  const a = 'x = [1][f(0)]';
  assert.equal(caretLine(a, at(a, 'f(0)'), 13), '            ~^^^');
  assert.equal(caretLine(a, at(a, 'f(0)'), 12), '            ^^^^');
  const r = '    return obj.m(1)';
  assert.equal(caretLine(r, at(r, 'obj.m(1)'), 13), '           ~~~~~^^^');
});

// test/corpus/programs/traceback_trailing_whitespace.py has what CPython 3.11.7-3.13.0 print.
test('blanks after the statement: C printer keeps them in the line, traceback.py shifts its carets left', () => {
  const call = 'index([0], 0)     ';
  assert.equal(caretLine(call, at(call, 'index([0], 0)'), 12, 'c'), '    ^^^^^^^^^^^^^');
  assert.equal(caretLine(call, at(call, 'index([0], 0)'), 12, 'python'), null);
  const op = '    return 10 // n   ';
  assert.equal(caretLine(op, at(op, '10 // n'), 12, 'c'), '           ~~~^^~~');
  assert.equal(caretLine(op, at(op, '10 // n'), 11, 'python'), '        ~~~^^~~');
  assert.equal(caretLine(op, at(op, '10 // n'), 13, 'python'), '           ~~~^^~~');
});

test('a range continuing on the next line is marked to the first line\'s end', () => {
  const line = '    y = (1 +';
  assert.equal(caretLine(line, { line: 8, endLine: 9, col: 9, endCol: 14 }), '         ^^^');
});

// 3.13's Python printer anchors calls (expected lines printed by CPython 3.13.0 through
// test/oracle/tracebackCarets313.py).
const calls313: [string, string, string][] = [
  ['f(0)', 'f(0)', '    ~^^^'],
  ['o.m(0)', 'o.m(0)', '    ~~~^^^'],
  ['print(f(0), 1)', 'f(0)', '          ~^^^'],
  ['g()(0)', 'g()(0)', '    ~~~^^^'],
  ['x = [f (0)]', 'f (0)', '         ~~^^^'],
  ['len(5)', 'len(5)', '    ~~~^^^'],
  ['math.sqrt(-1)', 'math.sqrt(-1)', '    ~~~~~~~~~^^^^'],
  ["int('x')  # comment", "int('x')", '    ~~~^^^^^'],
];
for (const [line, segment, expected] of calls313) {
  test(`3.13 anchors the call in ${JSON.stringify(line)}`, () => {
    assert.equal(caretLine(line, at(line, segment, segment), 13), expected);
    if (segment === line) assert.equal(caretLine(line, at(line, segment, segment)), null);
  });
}
