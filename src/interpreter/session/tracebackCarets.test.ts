/**
 * Caret lines checked against what CPython 3.11.7, 3.12.1 and 3.13.0 print for the same failing
 * statements (identical on all three for these cases).
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

for (const [line, from, to, expected] of cases) {
  test(`carets under ${JSON.stringify(line)}`, () => {
    assert.equal(caretLine(line, at(line, from, to)), expected);
  });
}

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
    assert.equal(caretLine(line, at(line, segment, segment), true), expected);
    if (segment === line) assert.equal(caretLine(line, at(line, segment, segment)), null);
  });
}
