/** Interleaving stdout and stderr writes in order, the error text at its place, and the panel's tail. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { interleaveOutput, outputTail, outputText, streamText } from './outputChunks';

test('stderr chunks go where they were written; adjacent chunks of a stream join', () => {
  const out = interleaveOutput(['a', '\n', 'b\n'], ['warn\n', 'late\n'], [0, 2], null, null);
  assert.deepEqual(out, [
    { stream: 'stderr', text: 'warn\n' }, { stream: 'stdout', text: 'a\n' }, { stream: 'stderr', text: 'late\n' }, { stream: 'stdout', text: 'b\n' },
  ]);
  assert.equal(streamText(out, 'stdout'), 'a\nb\n');
  assert.equal(streamText(out, 'stderr'), 'warn\nlate\n');
});

test('the error text sits before the teardown output, and never absorbs a later stderr chunk', () => {
  const out = interleaveOutput(['x\n', 'teardown\n'], ['before\n', 'after\n'], [1, 2], 'Traceback\n', { stdout: 1, stderr: 1 });
  assert.equal(outputText(out), 'x\nbefore\nTraceback\nteardown\nafter\n');
  assert.deepEqual(out.map((c) => [c.stream, c.error === true]), [['stdout', false], ['stderr', false], ['stderr', true], ['stdout', false], ['stderr', false]]);
  // No teardown position (a syntax error, a stopped run): the error comes last.
  assert.equal(outputText(interleaveOutput(['x\n'], [], [], 'stopped\n', null)), 'x\nstopped\n');
});

test('the tail keeps the last characters and each chunk\'s stream', () => {
  const tail = outputTail([{ stream: 'stdout', text: 'abcdef' }, { stream: 'stderr', text: 'gh' }], 4);
  assert.deepEqual(tail, [{ stream: 'stdout', text: '… (earlier output not shown)\n' }, { stream: 'stdout', text: 'ef' }, { stream: 'stderr', text: 'gh' }]);
  assert.equal(outputTail([{ stream: 'stdout', text: 'ab' }], 4).length, 1);
});
