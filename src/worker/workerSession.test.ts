/**
 * Stepping by allocation and by GC phase through the worker's session: every allocation is a
 * pause, their sizes add up to what each line's footprint reports, stepping back to an event gives
 * the same state, and a collection of a cycle shows its phases with the cycle unreachable.
 */
import { test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { WorkerSession } from './workerSession';
import { RunSession } from '../interpreter/session/runSession';
import type { SessionState } from '../protocol/workerProtocol';
import type { PausedAllocation } from '../protocol/pausedEvent';
import type { CPythonVersion } from '../protocol/heapModel';
import { streamText } from '../protocol/outputChunks';

function session(source: string, version: CPythonVersion): WorkerSession {
  const s = new WorkerSession(new Int32Array(new SharedArrayBuffer(4)), () => {});
  s.handle({ type: 'session/start', source, filename: 'script.py', version, stdin: '', maxSteps: 1_000_000, timeoutMs: 60_000 });
  return s;
}

/** What a state says the script printed (its stdout, without stderr). */
function printed(state: SessionState): string {
  return streamText(state.output, 'stdout');
}

/** What the script prints when run without pauses. */
function plainRun(source: string, version: CPythonVersion): string {
  const s = session(source, version);
  return printed(s.handle({ type: 'session/continue', untilLine: null }));
}

/** Steps by `kind` to the end, returning every pause. */
function stepAll(s: WorkerSession, kind: 'alloc' | 'gc'): SessionState[] {
  const out: SessionState[] = [];
  for (let state = s.handle({ type: 'session/stepEvent', kind }); state.pause; state = s.handle({ type: 'session/stepEvent', kind })) out.push(state);
  return out;
}

const script = `class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def scale(p, k):
    return Point(p.x * k, p.y * k)

pts = [Point(i, i + 0.5) for i in range(5)]
big = [scale(p, 2.5) for p in pts]
names = {str(i): i for i in range(20)}
total = sum(p.y for p in big)
print(total, len(names))
`;

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`${version}: stepping by allocation pauses at every block each line's footprint counts`, () => {
    const s = session(script, version);
    const pauses = stepAll(s, 'alloc');
    const final = s.handle({ type: 'session/describe' });
    assert.equal(final.status, 'finished');
    // Pausing changes nothing the script does.
    assert.equal(printed(final), plainRun(script, version));
    const byLine = new Map<number, { allocations: number; bytes: number }>();
    for (const p of pauses) {
      const a = p.pause?.detail as PausedAllocation;
      assert.equal(a.kind, 'alloc');
      assert.equal(p.line, a.line);
      if (a.allocator === 'freelist' || a.oldSize !== null) continue;
      const n = byLine.get(a.line) ?? { allocations: 0, bytes: 0 };
      n.allocations++;
      n.bytes += a.size;
      byLine.set(a.line, n);
    }
    for (const f of final.footprints) {
      assert.deepEqual(byLine.get(f.line) ?? { allocations: 0, bytes: 0 }, { allocations: f.allocations, bytes: f.allocatedBytes }, `line ${f.line}`);
    }
    // An object's pause shows the object itself in the heap, and pymalloc's size class for it.
    const point = pauses.find((p) => (p.pause?.detail as PausedAllocation).what === 'Point');
    const detail = point?.pause?.detail as PausedAllocation;
    assert.ok(point?.heap.objects.some((o) => o.id === detail.objectId && o.typeName === 'Point'));
    assert.equal(detail.allocator, 'pymalloc');
    assert.match(point?.pause?.description ?? '', /^allocating Point \(\d+ B\) from pymalloc: size class \d+ \(\d+ B blocks\), pool 0x[0-9a-f]+, arena \d+ at line 9$/);
  });
}

test('stepping back to an allocation lands on the same state', () => {
  const s = session(script, '3.12');
  let at: SessionState | null = null;
  for (let k = 0; k < 12; k++) at = s.handle({ type: 'session/stepEvent', kind: 'alloc' });
  const pause = at?.pause;
  assert.ok(at && pause);
  for (let k = 0; k < 5; k++) s.handle({ type: 'session/stepEvent', kind: 'alloc' });
  s.handle({ type: 'session/step' });
  const back = s.handle({ type: 'session/goTo', position: pause.position });
  assert.deepEqual({ ...back, lastStep: 0 }, { ...at, lastStep: 0 });
  // And forward again from there is the same as it was.
  const next = s.handle({ type: 'session/stepEvent', kind: 'alloc' });
  assert.ok(next.pause && (next.pause.position.step > pause.position.step || next.pause.position.event > pause.position.event));
});

const cycle = `import gc
class Node:
    pass
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print(gc.collect())
`;

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`${version}: stepping by GC phase through gc.collect() of a cycle`, () => {
    const s = session(cycle, version);
    s.handle({ type: 'session/continue', untilLine: 8 });
    const nodes = s.handle({ type: 'session/describe' }).heap.objects.filter((o) => o.typeName === 'Node').map((o) => o.id);
    assert.equal(nodes.length, 2);
    const all = stepAll(s, 'gc');
    // Then the exit phase's two full collections (exitPhase.ts): with the globals alive, then of them.
    assert.equal(all.length, 21);
    const phases = all.slice(0, 7);
    const names = phases.map((p) => (p.pause?.detail.kind === 'gc' ? p.pause.detail.phase : ''));
    assert.deepEqual(names, ['update_refs', 'subtract_refs', 'move_unreachable', 'handle_weakrefs', 'finalize_garbage', 'handle_resurrected_objects', 'delete_garbage']);
    for (const p of phases) assert.equal(p.line, 9);
    const unreachable = phases[2].pause?.detail;
    assert.ok(unreachable?.kind === 'gc' && unreachable.generation === 2);
    for (const id of nodes) assert.ok(unreachable.objectIds.includes(id), 'each Node is unreachable');
    assert.match(phases[2].pause?.description ?? '', /^GC gen 2: move_unreachable — \d+ objects unreachable \(line 9\)$/);
    // Before delete_garbage the nodes are alive; after it they are gone.
    assert.ok(phases[5].heap.objects.some((o) => o.id === nodes[0]));
    assert.ok(!phases[6].heap.objects.some((o) => o.id === nodes[0]));
    assert.equal(printed(s.handle({ type: 'session/describe' })), plainRun(cycle, version));
  });
}

test('mixing allocation and GC-phase steps moves forward, and every pause is where goTo finds it', () => {
  const source = `${cycle}d = {str(i): [i] for i in range(4)}\nprint(gc.collect())\n`;
  const s = session(source, '3.13');
  const check = session(source, '3.13');
  const kinds = ['alloc', 'alloc', 'gc', 'alloc', 'gc', 'gc', 'gc', 'alloc', 'alloc', 'gc', 'alloc'] as const;
  let last = { step: 0, event: 0 };
  for (let i = 0; ; i++) {
    const state = s.handle({ type: 'session/stepEvent', kind: kinds[i % kinds.length] });
    if (!state.pause) break;
    const at = state.pause.position;
    assert.ok(at.step > last.step || (at.step === last.step && at.event > last.event), `pause ${i} moves forward`);
    last = at;
    const again = check.handle({ type: 'session/goTo', position: at });
    assert.deepEqual({ ...again, lastStep: 0 }, { ...state, lastStep: 0 }, `pause ${i} at ${at.step}/${at.event}`);
  }
  assert.equal(s.handle({ type: 'session/describe' }).status, 'finished');
});

test("a finished run shows the heap the script left, with the exit's output and collections", () => {
  // CPython 3.11-3.13 print "bye" after "done": the object's __del__ runs at interpreter exit.
  const source = `class Noisy:\n    def __del__(self):\n        print("bye")\n\nkeep = Noisy()\nempty = []\nprint("done")\n`;
  const s = session(source, '3.13');
  const end = s.handle({ type: 'session/continue', untilLine: null });
  assert.equal(end.status, 'finished');
  assert.equal(printed(end), 'done\nbye\n');
  assert.deepEqual(end.heap.variables.map((v) => v.name).sort(), ['Noisy', 'empty', 'keep']);
  assert.match(end.notice ?? '', /as the script left it/);
  // One step back: the pause before the exit, the same heap, the exit's output not yet written.
  const before = s.handle({ type: 'session/goToStep', step: end.step - 1 });
  assert.equal(before.status, 'paused');
  assert.equal(before.line, null);
  assert.equal(printed(before), 'done\n');
  assert.equal(before.notice, null);
  assert.deepEqual(before.heap.variables.map((v) => v.name).sort(), ['Noisy', 'empty', 'keep']);
});

test('a long-printing script sends its text once per state, its tail when long, and the earlier text on stepping back', () => {
  const source = 'for i in range(2000):\n    print(f"line {i:04} of a long-printing script", "-" * 40)\nprint("done")\n';
  // All of it, as the CLI prints it: about 154,000 characters.
  const whole = new RunSession({ source, filename: 'script.py', version: '3.12', stdin: '' });
  whole.continue();
  const full = whole.stdout;
  assert.ok(full.length > 150_000);
  const lastLine = full.split('\n').at(-3) as string;

  const s = session(source, '3.12');
  const end = s.handle({ type: 'session/continue', untilLine: null });
  // The state carries the text once: in `output`, not again in a stdout field of its own.
  assert.ok(!('stdout' in end));
  const message = JSON.stringify({ type: 'host/state', state: end });
  assert.equal(message.split(lastLine).length - 1, 1);
  // The panel gets the last 100,000 characters behind a note.
  const note = '… (earlier output not shown)\n';
  assert.ok(printed(end) === note + full.slice(-100_000), 'the last 100,000 characters');

  // Stepping back re-runs to an earlier step: its output is what had been printed by then.
  const early = s.handle({ type: 'session/goToStep', step: 20 });
  const earlyText = printed(early);
  assert.ok(earlyText.length > 0 && !earlyText.startsWith(note));
  assert.ok(full.startsWith(earlyText));
  // Four fifths of the way: past 100,000 characters, so a tail again, ending earlier than the end's.
  const back = printed(s.handle({ type: 'session/goToStep', step: Math.floor(end.step * 0.8) }));
  assert.ok(back.startsWith(note) && back.length === note.length + 100_000);
  const at = full.indexOf(back.slice(note.length));
  assert.ok(at > 0 && at < full.length - 100_000, `the tail at ${at} is a piece of the whole output before its end`);
});

test('a saved script imports the module beside it; an untitled one has no folder to import from', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyheap-import-'));
  try {
    writeFileSync(join(dir, 'helper.py'), 'GREETING = "hi"\ndef twice(x):\n    return [x, x]\n');
    const source = 'import helper\nprint(helper.GREETING, helper.twice(3))\n';
    const run = (filename: string) => {
      const s = new WorkerSession(new Int32Array(new SharedArrayBuffer(4)), () => {});
      s.handle({ type: 'session/start', source, filename, version: '3.12', stdin: '', maxSteps: 100_000, timeoutMs: 60_000 });
      return s.handle({ type: 'session/continue', untilLine: null });
    };
    const saved = run(join(dir, 'main.py'));
    assert.equal(printed(saved), 'hi [3, 3]\n');
    assert.ok(saved.footprints.some((f) => f.file === join(dir, 'helper.py')));
    const untitled = run('Untitled-1');
    assert.match(untitled.error ?? '', /ModuleNotFoundError: No module named 'helper'/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('stepping by allocation inside an imported module names its file and keeps the script on the import line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyheap-import-'));
  try {
    writeFileSync(join(dir, 'helper.py'), 'X = [1, 2, 3]\n');
    const s = new WorkerSession(new Int32Array(new SharedArrayBuffer(4)), () => {});
    s.handle({ type: 'session/start', source: 'y = 1\nimport helper\n', filename: join(dir, 'main.py'), version: '3.12', stdin: '', maxSteps: 100_000, timeoutMs: 60_000 });
    const inModule = stepAll(s, 'alloc').find((p) => p.pause?.detail.file === join(dir, 'helper.py'));
    assert.ok(inModule?.pause);
    assert.equal(inModule.line, 2);
    assert.equal(inModule.pause.detail.line, 1);
    assert.match(inModule.pause.description, / at line helper\.py:1$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
