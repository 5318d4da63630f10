/**
 * `sys._debugmallocstats()` writes the stats dump to the script's stderr (stdout stays clean, as
 * in CPython), with the free-list lines of the modelled version; a run in GC stress mode prints
 * what a normal run prints; weakref callbacks and gc.callbacks that raise are reported on stderr.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunSession } from '../session/runSession';
import { runChecked } from '../session/runChecked';

function run(source: string, version: '3.11' | '3.12' | '3.13', gcStress = false): RunSession {
  return runChecked(source, version, { gcStress });
}

test('sys._debugmallocstats() goes to stderr, with 3.13 adding the dict-keys free list', () => {
  for (const version of ['3.11', '3.13'] as const) {
    const s = run('import sys\nx = [float(i) for i in range(5)]\ndel x\nsys._debugmallocstats()\n', version);
    assert.equal(s.stdout, '');
    assert.match(s.stderr, /^Small block threshold = 512, in 32 size classes\./);
    assert.match(s.stderr, /\n\n +\d+ free PyDictObjects \* 48 bytes each =/);
    assert.match(s.stderr, / 5 free PyFloatObjects \* 24 bytes each = +120\n/);
    assert.match(s.stderr, /free 20-sized PyTupleObjects \* 184 bytes each/);
    assert.equal(/PyDictKeysObjects/.test(s.stderr), version === '3.13');
  }
});

test('stress mode collects at every GC allocation and the program prints the same', () => {
  const source = 'import gc\nclass N:\n    pass\nxs = []\nfor i in range(50):\n    n = N()\n    n.me = n\n    xs.append([i])\nprint(sum(x[0] for x in xs))\n';
  for (const version of ['3.11', '3.12', '3.13'] as const) {
    const plain = run(source, version);
    const stressed = run(source, version, true);
    assert.equal(stressed.stdout, plain.stdout);
    assert.ok(stressed.interp.rt.heap.gc.stats[2].collections > 100, `${version}: ${stressed.interp.rt.heap.gc.stats[2].collections} full collections`);
  }
});

test('a raising gc callback or weakref callback is reported on stderr and the run goes on', () => {
  const s = run('import gc, weakref\nclass A:\n    pass\ngc.callbacks.append(lambda p, i: 1 / 0)\ngc.collect()\ngc.callbacks.clear()\na = A()\nr = weakref.ref(a, lambda w: [][1])\ndel a\nprint("done")\n', '3.12');
  assert.equal(s.stdout, 'done\n');
  // CPython 3.12.1's text: the traceback between the header and the exception line.
  assert.match(s.stderr, /Exception ignored in: <function <lambda> at 0x[0-9a-f]+>\nTraceback \(most recent call last\):\n {2}File "[^"]+", line 4, in <lambda>\n {4}gc\.callbacks\.append\(lambda p, i: 1 \/ 0\)\n {37}~~\^~~\nZeroDivisionError: division by zero\n/);
  assert.match(s.stderr, /IndexError: list index out of range\n$/);
});
