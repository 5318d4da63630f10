/**
 * Hostile scripts through `pyheap run`, as a user's bad input reaches the engine: each must end as
 * CPython ends it (the exception's last line, the exit status) or with one of our named messages
 * (a budget stop, an unsupported construct), never with a Node crash: no JS stack trace, no
 * `node:internal` frame, no "Internal error in the simulation", no hang past the budgets.
 *
 * The main process runs under a 512 MiB heap cap (the engine worker has its own limits,
 * ENGINE_WORKER_LIMITS). Expected last lines are CPython's (3.11.7, 3.12.1, 3.13.0 where `python`
 * says so), measured by running the same snippets; `ours` marks an ending CPython does not have
 * (it segfaults, hangs or cannot be compared) where the simulation stops with a named message.
 * The wall-clock limit is only a hang guard, far above any case's run time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cli = resolve(__dirname, '../../../cli.js');
const dir = mkdtempSync(join(tmpdir(), 'pyheap-hostile-'));
/** Far above any case's run time: only a hang fails it. */
const HANG_GUARD_MS = 120_000;

interface HostileCase {
  name: string;
  source: string | Buffer;
  /** Default 3.12. */
  python?: '3.11' | '3.12' | '3.13';
  /** Extra `pyheap run` options. */
  args?: string[];
  code: number;
  /** The last line of stderr (exact, or a pattern); '' when stderr must be empty. */
  last: string | RegExp;
  /** What stdout must be, when it matters. */
  stdout?: string;
  /** The ending is the simulation's named message, not CPython's (why). */
  ours?: string;
}

const RECURSION = 'RecursionError: maximum recursion depth exceeded';
const NESTED = 'SyntaxError: too many nested parentheses';

const cases: HostileCase[] = [
  // Recursion: the Python limit, the C-level one, the compiler's, and a limit raised past what the engine can hold.
  { name: 'deep recursion under setrecursionlimit(10**6)', source: 'import sys\nsys.setrecursionlimit(10**6)\ndef f(n): return f(n+1)\nf(0)\n', code: 1, last: RECURSION },
  { name: '__repr__ recursion under setrecursionlimit(10**6) (3.12 C limit)', source: 'import sys\nsys.setrecursionlimit(10**6)\nclass A:\n    def __repr__(self): return repr(self)\nrepr(A())\n', code: 1, last: RECURSION },
  {
    name: '__repr__ recursion under setrecursionlimit(10**6) on 3.11', python: '3.11', ours: 'CPython 3.11 segfaults',
    source: 'import sys\nsys.setrecursionlimit(10**6)\nclass A:\n    def __repr__(self): return repr(self)\nrepr(A())\n', code: 1, last: /^RecursionError: maximum recursion depth exceeded/,
  },
  { name: 'setrecursionlimit(10**100)', source: 'import sys\nsys.setrecursionlimit(10**100)\n', code: 1, last: 'OverflowError: Python int too large to convert to C int' },
  { name: '__eq__ calling ==', source: 'class A:\n    def __eq__(self, o): return self == o\nA() == A()\n', code: 1, last: RECURSION },
  { name: 'list.index through a recursive __eq__', source: 'class A:\n    def __eq__(self, o): return self == o\n[A()].index(A())\n', code: 1, last: /^RecursionError: maximum recursion depth exceeded/ },
  { name: '201 nested parentheses', source: `x = ${'('.repeat(201)}1${')'.repeat(201)}\n`, code: 1, last: NESTED },
  { name: '200 nested parentheses run', source: `x = ${'('.repeat(200)}1${')'.repeat(200)}\nprint(x)\n`, code: 0, last: '', stdout: '1\n' },
  { name: 'a list literal 5000 deep', source: `x = ${'['.repeat(5000)}${']'.repeat(5000)}\n`, code: 1, last: NESTED },
  { name: 'eval of 1000 nested parentheses', source: `x = eval("${'('.repeat(1000)}1${')'.repeat(1000)}")\n`, code: 1, last: NESTED },
  { name: 'a 100,000-term sum', source: `x = ${Array(100_000).fill('1').join('+')}\n`, code: 1, last: `${RECURSION} during compilation` },
  { name: 'eval of a 200,000-term sum', source: 'x = eval("+".join(["1"]*200000))\n', code: 1, last: `${RECURSION} during compilation` },
  // Huge requests.
  { name: '"a"*10**10', source: '"a"*10**10\n', code: 1, last: 'MemoryError' },
  { name: '[0]*10**10', source: '[0]*10**10\n', code: 1, last: 'MemoryError' },
  { name: 'bytearray(10**12)', source: 'bytearray(10**12)\n', code: 1, last: 'MemoryError' },
  { name: '2**(2**40)', source: 'x = 2**(2**40)\n', code: 1, last: 'MemoryError' },
  { name: '10**10**10', source: 'x = 10**10**10\n', code: 1, last: 'MemoryError', ours: 'CPython computes for minutes' },
  { name: 'str(10**100000)', source: 'str(10**100000)\n', code: 1, last: 'ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit' },
  { name: "int('9'*5000)", source: "int('9'*5000)\n", code: 1, last: 'ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit' },
  { name: 'list() of an endless generator', source: 'def g():\n    while True: yield 1\nlist(g())\n', args: ['--memory-limit', '64'], code: 1, last: 'MemoryError' },
  { name: 'list(itertools.count())', source: 'import itertools\nlist(itertools.count())\n', args: ['--memory-limit', '64'], code: 1, last: 'MemoryError' },
  // Cycles, mutation, odd objects.
  { name: 'a sort key that empties and refills the list', source: 'l = list(range(20))\nl.sort(key=lambda x: l.clear() or x)\nprint(len(l))\nl.sort(key=lambda x: l.append(x) or x)\n', code: 1, stdout: '20\n', last: 'ValueError: list modified during sort' },
  { name: 'repr of a list containing itself', source: 'x = []\nx.append(x)\nprint(repr(x))\n', code: 0, last: '', stdout: '[[...]]\n' },
  { name: 'getsizeof of a recursive list', source: 'import sys\nx = []\nx.append(x)\nprint(sys.getsizeof(x))\n', code: 0, last: '', stdout: '88\n' },
  { name: 'an exception whose __str__ and __repr__ raise', source: 'class E(Exception):\n    def __repr__(self): raise ValueError("bad repr")\n    def __str__(self): raise ValueError("bad str")\nraise E()\n', code: 1, last: 'E: <exception str() failed>' },
  { name: 'a dict grown while iterated', source: 'd = {1: 1}\nfor k in d: d[k+1] = 1\n', code: 1, last: 'RuntimeError: dictionary changed size during iteration' },
  { name: 'gc.get_objects() on a big heap', source: 'import gc\nx = [[i] for i in range(200000)]\nprint(len(gc.get_objects()) > 100000)\n', code: 0, last: '', stdout: 'True\n' },
  // The interpreter's own state.
  { name: 'del builtins.print', source: 'import builtins\ndel builtins.print\nprint(1)\n', code: 1, last: "NameError: name 'print' is not defined" },
  { name: 'del __builtins__.print', source: 'del __builtins__.print\nprint(1)\n', code: 1, last: "NameError: name 'print' is not defined" },
  { name: 'builtins and sys take new attributes', source: 'import builtins, sys\nbuiltins.answer = 42\nsys.extra = 1\nprint(answer, sys.extra)\n', code: 0, last: '', stdout: '42 1\n' },
  { name: 'sys.modules.clear()', source: 'import sys\nsys.modules.clear()\nprint("cleared")\n', code: 0, last: '', stdout: 'cleared\n' },
  // Source text and input.
  { name: 'exec of a syntax error', source: 'exec("x = (")\n', code: 1, last: "SyntaxError: '(' was never closed" },
  { name: 'a source of only a BOM', source: Buffer.from([0xef, 0xbb, 0xbf]), code: 0, last: '' },
  { name: 'a BOM then code', source: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('print("bom")\n')]), code: 0, last: '', stdout: 'bom\n' },
  { name: 'a latin-1 coding cookie', source: Buffer.from('# -*- coding: latin-1 -*-\nx = "\xe9"\nprint(len(x), ord(x))\n', 'latin1'), code: 0, last: '', stdout: '1 233\n' },
  { name: 'a 5 MB comment', source: `# ${'x'.repeat(5_000_000)}\nprint(1)\n`, code: 0, last: '', stdout: '1\n' },
  { name: '20,000 lines of statements', source: Array.from({ length: 20_000 }, (_, i) => `x${i} = ${i} * 2 + ${i}`).join('\n') + '\nprint(x9)\n', code: 0, last: '', stdout: '27\n' },
  { name: 'input() with no standard input left', source: 'print(input())\ninput()\n', code: 1, last: 'EOFError: EOF when reading a line' },
  // Budgets: a loop where the line hook of the outer run does not see it.
  { name: 'an endless loop in __del__ at teardown', source: 'class A:\n    def __del__(self):\n        while True: pass\na = A()\n', args: ['--timeout', '2'], code: 3, last: /^The script was stopped after /, ours: 'CPython hangs' },
  { name: 'an endless loop in a sort key', source: 'def k(x):\n    while True: pass\nsorted([2, 1], key=k)\n', args: ['--timeout', '2'], code: 3, last: /^The script was stopped after /, ours: 'CPython hangs' },
];

/** Runs `pyheap run` on `file` with a 512 MiB main heap; settles with the exit status and both streams. */
function pyheap(file: string, python: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((settle) => {
    const child = spawn(process.execPath, ['--max-old-space-size=512', cli, 'run', file, '--python', python, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => { stdout += s; });
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
    const guard = setTimeout(() => child.kill('SIGKILL'), HANG_GUARD_MS);
    child.on('close', (code) => {
      clearTimeout(guard);
      settle({ code, stdout, stderr });
    });
  });
}

/** Lines that only a crash of the engine itself would print. */
const CRASH = /^\s+at .+[(:]\d+|node:internal|Internal error in the simulation|Maximum call stack size|heap out of memory|FATAL ERROR/m;

void test('hostile scripts end as CPython does or with a named message', { concurrency: 2 }, async (t) => {
  await Promise.all(cases.map((c, i) => {
    const file = join(dir, `hostile${i}.py`);
    writeFileSync(file, c.source);
    return t.test(c.name, async () => {
      const r = await pyheap(file, c.python ?? '3.12', c.args ?? []);
      const where = `${c.name}${c.ours ? ` (ours: ${c.ours})` : ''}\n--- stderr:\n${r.stderr.slice(-2000)}`;
      assert.doesNotMatch(r.stderr, CRASH, where);
      assert.equal(r.code, c.code, where);
      const last = r.stderr.trimEnd().split('\n').pop() ?? '';
      if (typeof c.last === 'string') assert.equal(last, c.last, where);
      else assert.match(last, c.last, where);
      if (c.stdout !== undefined) assert.equal(r.stdout, c.stdout, where);
    });
  }));
});

test('a file that is not UTF-8: CPython\'s SyntaxError, naming the byte and its line', async () => {
  const file = join(dir, 'latin.py');
  writeFileSync(file, Buffer.from('x = 1\ny = "\xff"\n', 'latin1'));
  const r = await pyheap(file, '3.12', []);
  assert.equal(r.code, 1);
  // CPython 3.11.7, 3.12.1 and 3.13.0 print exactly this line, nothing before it.
  assert.equal(r.stderr, `SyntaxError: Non-UTF-8 code starting with '\\xff' in file ${file} on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`);
});
