/**
 * doctestText.ts against CPython's own parser and checker: test/oracle/doctestTextProbe.py runs
 * the same cases through Lib/doctest.py (identical JSON on 3.11.7, 3.12.1 and 3.13.0, stored in
 * test/oracle/doctestText.json).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkOutput, DocTestSyntax, outputDifference, parseExamples, stripExceptionDetails } from './doctestText';

const oracle = JSON.parse(readFileSync('test/oracle/doctestText.json', 'utf8')) as {
  parsed: [string, string, string | null, number, number, [number, boolean][]][];
  checks: boolean[]; diffs: string[]; strips: string[]; errors: string[];
};
const probe = readFileSync('test/oracle/doctestTextProbe.py', 'utf8');
/** The probe's DOC literal, with the Python escapes it uses (\t, \\n) applied. */
const DOC = (/DOC = '''([\s\S]*?)'''/.exec(probe) as RegExpExecArray)[1].replace(/\\t/g, '\t').replace(/\\\\/g, '\\');

test('parseExamples: sources, wants, exception messages, lines and directives as DocTestParser', () => {
  const got = parseExamples(DOC, 't').map((e) => [e.source, e.want, e.excMsg, e.lineno, [...e.options].sort((a, b) => a[0] - b[0])]);
  assert.deepEqual(got, oracle.parsed.map(([s, w, x, l, , o]) => [s, w, x, l, o]));
});

test('checkOutput: True for 1, <BLANKLINE>, NORMALIZE_WHITESPACE, ELLIPSIS, non-ASCII', () => {
  const F = { DONT_ACCEPT_TRUE_FOR_1: 1, DONT_ACCEPT_BLANKLINE: 2, NORMALIZE_WHITESPACE: 4, ELLIPSIS: 8 };
  const cases: [string, string, number][] = [
    ['1\n', 'True\n', 0], ['1\n', 'True\n', F.DONT_ACCEPT_TRUE_FOR_1], ['a\n<BLANKLINE>\nb\n', 'a\n\nb\n', 0],
    ['a\n<BLANKLINE>\nb\n', 'a\n\nb\n', F.DONT_ACCEPT_BLANKLINE], ['a b c\n', 'a  b\n  c\n', F.NORMALIZE_WHITESPACE],
    ['[1, ..., 9]\n', '[1, 2, 3, 9]\n', F.ELLIPSIS], ['[1, ..., 9]\n', '[1, 2, 3, 9]\n', 0], ['...x...y...\n', 'ayx\n', F.ELLIPSIS],
    ['a...a\n', 'a\n', F.ELLIPSIS], ['é\n', '\\xe9\n', 0], ['x \n', 'x \n', 0], ['\n', '   \n', 0],
  ];
  assert.deepEqual(cases.map(([w, g, f]) => checkOutput(w, g, f)), oracle.checks);
});

test('outputDifference and stripExceptionDetails', () => {
  const diffs = [['2\n', '3\n\n4\n'], ['2\n', ''], ['', '3\n'], ['', '']].map(([w, g]) => outputDifference(w, g, 0));
  assert.deepEqual(diffs, oracle.diffs);
  assert.deepEqual(['ValueError: x\n', 'a.b.CustomError: y: z\n', 'Error\n', 'x.y'].map(stripExceptionDetails), oracle.strips);
});

test('parseExamples: the ValueError messages of malformed docstrings', () => {
  const errors = ['>>>x', '  >>> a\n ... b', '>>> 1 # doctest: +NOPE', '  >>> a\n  1\n 2'].map((doc) => {
    try {
      parseExamples(doc, 'bad');
      return null;
    } catch (e) {
      return e instanceof DocTestSyntax ? e.message : String(e);
    }
  });
  assert.deepEqual(errors, oracle.errors);
});
