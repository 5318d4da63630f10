/**
 * The parser and matcher against what CPython 3.11.7/3.12.1/3.13.0 print (identical on the three;
 * test/oracle/reSemanticsProbe.py re-runs the wider comparison through the interpreter).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FLAG, parseRegex, RegexSyntaxError } from './regexParse';
import { CompiledRegex } from './regexMatch';

function search(pattern: string, s: string, flags = 0): number[] | null {
  const cps = Array.from(s, (c) => c.codePointAt(0) as number);
  const r = new CompiledRegex(parseRegex(pattern, flags)).exec(cps, 0, false, false, false);
  return r ? r.caps : null;
}

function errorOf(pattern: string): string {
  try {
    parseRegex(pattern, 0);
  } catch (e) {
    if (e instanceof RegexSyntaxError) return e.message;
    throw e;
  }
  return 'ok';
}

test('errors carry CPython messages and positions', () => {
  assert.equal(errorOf('*'), 'nothing to repeat at position 0');
  assert.equal(errorOf('a**'), 'multiple repeat at position 2');
  assert.equal(errorOf('(a'), 'missing ), unterminated subpattern at position 0');
  assert.equal(errorOf('a)'), 'unbalanced parenthesis at position 1');
  assert.equal(errorOf('[a'), 'unterminated character set at position 0');
  assert.equal(errorOf('\\q'), 'bad escape \\q at position 0');
  assert.equal(errorOf('(?P<a>x)(?P<a>y)'), "redefinition of group name 'a' as group 2; was group 1 at position 12");
  assert.equal(errorOf('(?<=a+)b'), 'look-behind requires fixed-width pattern');
  assert.equal(errorOf('a(?i)b'), 'global flags not at the start of the expression at position 1');
  assert.equal(errorOf('a{3,2}'), 'min repeat greater than max repeat at position 2');
  assert.equal(errorOf('(a)(?(2)b)'), 'invalid group reference 2 at position 6');
  assert.equal(errorOf('\\'), 'bad escape (end of pattern) at position 0');
});

test('captures and empty-iteration rules follow _sre', () => {
  assert.deepEqual(search('(a|ab)(c|bcd)(d*)', 'abcd'), [0, 4, 0, 1, 1, 4, 4, 4]);
  assert.deepEqual(search('(a*)*b', 'aaab'), [0, 4, 3, 3]);
  assert.deepEqual(search('(?:(a)|b)*', 'ab'), [0, 2, 0, 1]);
  assert.deepEqual(search('$', 'a\n'), [1, 1]);
  assert.equal(search('\\B', ''), null);
  assert.deepEqual(search('(?>a+)b', 'aaab'), [0, 4]);
  assert.equal(search('a++a', 'aaa'), null);
  assert.deepEqual(search('(?<!a)b', 'ab cb'), [4, 5]);
});

test('\\w \\d \\s are Unicode for str patterns and ASCII under re.ASCII', () => {
  assert.deepEqual(search('\\d+', 'x\u0661\u06623'), [1, 4]);
  assert.deepEqual(search('\\d+', 'x\u0661\u06623', FLAG.A), [3, 4]);
  assert.deepEqual(search('^\\w+$', 'h\u00e9llo'), [0, 5]);
  assert.deepEqual(search('(?i)[a-z]+', 'ABC'), [0, 3]);
});
