/**
 * threading on the cooperative scheduler against CPython 3.11.7, 3.12.1 and 3.13.0: the expected
 * lines are what test/oracle/threadingProbe.py printed on each; the deadlocks are the simulation's
 * own (CPython would hang), checked for their message; the parked-thread cases print what CPython
 * prints for them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runChecked, runOutput } from '../session/runChecked';
import { RunSession } from '../session/runSession';

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

test('a wait nothing can end is a deadlock that ends the run, naming the wait', () => {
  const cases: [string, RegExp][] = [
    ['import threading\nthreading.Event().wait()\n', /deadlock: the main thread waits in Event\.wait\(\) and no other thread is running \(CPython would hang/],
    ['import threading\nc = threading.Condition()\nwith c:\n    c.wait()\n', /deadlock: the main thread waits in Condition\.wait\(\)/],
    ['import threading\nlk = threading.Lock()\nlk.acquire()\nthreading.Thread(target=lk.acquire).start()\n', /script ended but threading\._shutdown\(\) waits for Thread-1 \(acquire\) in acquire\(\) of a lock/],
    ['import queue, threading\nq = queue.Queue()\nt = threading.Thread(target=q.get)\nt.start()\nt.join()\n', /main thread waits in Thread\.join\(\) of Thread-1 \(get\) and every other thread is blocked too \(Thread-1 \(get\) in get\(\) on an empty queue\)/],
  ];
  for (const [source, message] of cases) {
    const s = runChecked(source, '3.12');
    assert.equal(s.outcome, 'unsupported');
    assert.match(s.error ?? '', message);
  }
});

test('a thread parked on get() resumes where it blocked; a daemon one still blocked at the end is dropped', () => {
  const source = readFileSync('test/oracle/threadParkProbe.py', 'utf8');
  for (const v of ['3.11', '3.12', '3.13'] as const) assert.equal(runOutput(source, v), "[('start', 'W'), 1, 2] MainThread True\n");
});

test('an exception in a resumed thread is reported with its traceback, and the main thread goes on', () => {
  const source = 'import threading\nev = threading.Event()\ndef boom():\n    ev.wait()\n    raise ValueError("late")\n'
    + 't = threading.Thread(target=boom, name="B")\nt.start()\nev.set()\nt.join()\nprint("after")\n';
  const s = runChecked(source, '3.12');
  assert.equal(s.stdout, 'after\n');
  assert.match(s.stderr ?? '', /Exception in thread B:\nTraceback \(most recent call last\):\n(.|\n)*File "script.py", line 5, in boom\n {4}raise ValueError\("late"\)\nValueError: late\n$/);
});

test('a Timer fires at its join(), a cancelled one never', () => {
  const source = 'import threading\nlog = []\nt = threading.Timer(1, log.append, ["a"])\nt.start()\nlog.append("main")\nt.join()\n'
    + 'c = threading.Timer(1, log.append, ["b"])\nc.start()\nc.cancel()\nprint(log)\n';
  assert.equal(runOutput(source, '3.12'), "['main', 'a']\n");
});

test('sleeps and timed waits run on the simulated clock: threads wake in the order of their sleeps, a Timer after its interval, a Barrier counts arrivals', () => {
  // What test/oracle/threadClockProbe.py printed on CPython 3.11.7, 3.12.1 and 3.13.0 (the same on each).
  const source = readFileSync('test/oracle/threadClockProbe.py', 'utf8');
  const want = "['b'] [True, False, True]\n['b', 'c', 'a'] True\nFalse ['main 0.1', 'timer']\n0 3\n1\n"
    + "[('main', 1), (0, 0), (1, 2)] 0 False\nBrokenBarrierError() True\n";
  for (const v of ['3.11', '3.12', '3.13'] as const) assert.equal(runOutput(source, v), want);
});

test('a time left that rounds to under a nanosecond still ends a Condition.wait_for deadline', () => {
  const source = 'import threading, time\ntime.sleep(0.1)\nc = threading.Condition()\nwith c:\n    print(c.wait_for(lambda: False, timeout=0.3))\n';
  assert.equal(runOutput(source, '3.12'), 'False\n');
});

test("a lock's sem_t is a traced raw block on its line, freed with the lock (test/oracle/threadLockBlocks.py)", () => {
  // The probe: lock [32, 56], rlock [32, 64], nothing left after del, on all three versions.
  const source = 'import threading\nlk = threading.Lock()\nrl = threading.RLock()\ngone = threading.Lock()\ndel gone\n';
  for (const version of ['3.11', '3.12', '3.13'] as const) {
    const s = new RunSession({ source, filename: 'locks.py', version, calibration: 'tracemallocRunner' });
    s.continue();
    const footprint = (line: number): number[] => {
      const f = s.state(0).footprints.find((x) => x.line === line);
      return [f?.retainedBytes ?? 0, f?.retainedBlocks ?? 0];
    };
    assert.deepEqual([footprint(2), footprint(3), footprint(4)], [[56 + 32, 2], [64 + 32, 2], [0, 0]], version);
  }
});
