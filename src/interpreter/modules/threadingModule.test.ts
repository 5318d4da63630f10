/**
 * threading on the cooperative scheduler against CPython 3.11.7, 3.12.1 and 3.13.0: the expected
 * lines are what test/oracle/threadingProbe.py printed on each; the blocking cases are the
 * simulation's own (CPython would wait), checked for their message.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runChecked, runOutput } from '../session/runChecked';

const probe = readFileSync('test/oracle/threadingProbe.py', 'utf8');

function expected(size: number, keys: number): string {
  return `<Thread(Thread-1 (print), initial)> ${size} ${keys} False False None\n`
    + 'Thread-2 (<lambda>) True\ncannot join thread before it is started\n\nthreads can only be started once\n'
    + "MainThread 1\n[('w1', True)] True\nFalse False True\ncannot notify on un-acquired lock\nTrue False False\n";
}

test('Thread, Event, Condition, Semaphore: what the probe printed on each version', () => {
  assert.equal(runOutput(probe, '3.11'), expected(56, 13));
  assert.equal(runOutput(probe, '3.12'), expected(48, 13));
  assert.equal(runOutput(probe, '3.13'), expected(48, 12));
});

test('a wait only another thread could end stops the run with a message naming it', () => {
  const cases: [string, RegExp][] = [
    ['import threading\nthreading.Event().wait()\n', /Event\.wait\(\) would block/],
    ['import threading\nc = threading.Condition()\nwith c:\n    c.wait()\n', /Condition\.wait\(\) would block/],
    ['import threading\nlk = threading.Lock()\nlk.acquire()\nthreading.Thread(target=lk.acquire).start()\n', /lock another thread holds would block/],
  ];
  for (const [source, message] of cases) {
    const s = runChecked(source, '3.12');
    assert.equal(s.outcome, 'unsupported');
    assert.match(s.error ?? '', message);
  }
});

test('a Timer fires at its join(), a cancelled one never', () => {
  const source = 'import threading\nlog = []\nt = threading.Timer(1, log.append, ["a"])\nt.start()\nlog.append("main")\nt.join()\n'
    + 'c = threading.Timer(1, log.append, ["b"])\nc.start()\nc.cancel()\nprint(log)\n';
  assert.equal(runOutput(source, '3.12'), "['main', 'a']\n");
});
