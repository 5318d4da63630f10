// CPython's limits on nesting and on decimal int literals, at their edges. Expected values from
// the real interpreters: test/oracle/deepNesting.py under 3.11.7, 3.12.1 and 3.13.0 (its
// docstring says why 3.13's compiler limit is not asserted here). Cases that compile near the
// limits need the engine worker's 4 MiB stack and are not run here (node --test has ~1 MiB).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CPythonVersion } from '../../protocol/heapModel';
import { compile } from '../compiler/compiler';
import { CompileLimitError } from './nestingLimits';
import { parse } from './pyAstAdapter';
import { PySyntaxError } from './syntaxError';

const RECURSION = 'RecursionError: maximum recursion depth exceeded during compilation';
const PARSER_STACK = 'MemoryError: Parser stack overflowed - Python source too complex to parse';
const DIGITS = 'Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; '
  + 'use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.';

/** What compiling `source` as a script gives: the error's last stderr line, or null. */
function verdict(source: string, version: CPythonVersion): string | null {
  try {
    compile(parse(source, 'deep.py', version), { version, filename: 'deep.py' });
    return null;
  } catch (e) {
    if (e instanceof CompileLimitError) return e.message ? `${e.pyType}: ${e.message}` : e.pyType;
    if (e instanceof PySyntaxError) return `${e.type}: ${e.msg} @${e.lineno}:${e.offset}`;
    throw e;
  }
}

const parserStack = (version: CPythonVersion): string => (version === '3.11' ? 'MemoryError' : PARSER_STACK);

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`${version}: past 5,967 parser levels is the parser's MemoryError`, () => {
    assert.equal(verdict('x = ' + '-'.repeat(5968) + '1', version), parserStack(version));
    assert.equal(verdict('-'.repeat(100000) + '1', version), parserStack(version));
    assert.equal(verdict('x = ' + 'not '.repeat(5968) + 'x', version), parserStack(version));
    assert.equal(verdict('x = ' + 'a if b else '.repeat(5968) + 'c', version), parserStack(version));
    // lambda and ** take two levels each.
    assert.equal(verdict('x = ' + 'lambda: '.repeat(2984) + '1', version), parserStack(version));
    assert.equal(verdict('x = ' + Array(2985).fill('2').join('**'), version), parserStack(version));
  });

  test(`${version}: left-recursive chains past 3,000 levels are the compiler's RecursionError`, () => {
    assert.equal(verdict('x = f' + '()'.repeat(10000), version), RECURSION);
    assert.equal(verdict('x = a' + '.b'.repeat(10000), version), RECURSION);
    assert.equal(verdict('x = ' + Array(100000).fill('a').join('+'), version), RECURSION);
  });

  test(`${version}: long flat expressions compile`, () => {
    assert.equal(verdict('x = ' + Array(100000).fill('a').join(' and '), version), null);
    assert.equal(verdict('x = (' + Array(100000).fill('1').join(',') + ')', version), null);
  });

  test(`${version}: a decimal int literal past 4,300 digits`, () => {
    assert.equal(verdict('x = ' + '9'.repeat(4300), version), null);
    assert.equal(verdict('x = (1,\n  ' + '9'.repeat(4301) + ')', version), `SyntaxError: ${DIGITS} @2:0`);
    assert.equal(verdict('x = ' + '1_'.repeat(4300) + '1', version), `SyntaxError: ${DIGITS} @1:0`);
    assert.equal(verdict('x = 0x' + 'f'.repeat(5000), version), null);
    assert.equal(verdict('x = ' + '9'.repeat(5000) + '.0', version), null);
  });
}

for (const version of ['3.11', '3.12'] as const) {
  test(`${version}: a statement-and-expression path deeper than 3,000 is the RecursionError`, () => {
    // Assign + 2,999 BinOps + Name; Assign + 2,998 Attributes + Name + ... = 3,001.
    assert.equal(verdict('x = ' + Array(3000).fill('a').join('+'), version), RECURSION);
    assert.equal(verdict('def f():\n    x = ' + Array(2999).fill('a').join('+'), version), RECURSION);
    assert.equal(verdict('x = a' + '.b'.repeat(2999), version), RECURSION);
    assert.equal(verdict('x = ' + '-'.repeat(2999) + '1', version), RECURSION);
    assert.equal(verdict('x = ' + 'a if b else '.repeat(2999) + 'c', version), RECURSION);
  });
}
