/**
 * Mutations of Python programs for the fuzz harness: token and line edits, truncation,
 * indentation damage, stray characters, operator swaps, huge literals, and adversarial snippets
 * (deep nesting, runaway recursion in dunders, endless generators, exceptions in finalizers...).
 * Everything is driven by a seeded PRNG, so a (seed, index) pair names one mutant for ever.
 */

/** mulberry32: a small seeded PRNG, good enough to pick mutations reproducibly. */
export class Prng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
}

/** A token of the rough tokenizer: enough to delete, duplicate and swap meaningful pieces. */
const TOKEN = /(?:[rbfuRBFU]{0,2}(?:'''[\s\S]*?'''|"""[\s\S]*?"""|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"))|\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?j?|[A-Za-z_]\w*|\*\*=?|\/\/=?|<<=?|>>=?|->|:=|[-+*/%&|^@<>!=]=|[-+*/%&|^~<>@=.,:;()[\]{}]|\s+|#[^\n]*|./gu;

/** Splits source into tokens (whitespace and comments kept, so joining gives the source back). */
export function tokenize(source: string): string[] {
  return source.match(TOKEN) ?? [];
}

function isSignificant(tok: string): boolean {
  return !/^\s+$/.test(tok) && !tok.startsWith('#');
}

const OPERATORS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@', '<', '>', '==', '!=', '<=', '>=', 'is', 'in', 'not', 'and', 'or', '=', '+=', ':=', '.', ',', ':', '->', '~', 'lambda', 'yield', 'await', 'async', 'del', 'global', 'nonlocal', 'return', 'pass', '*', '**'];
const HUGE = ['10**10**6', "'x'*2**40", '[0]*2**62', '2**2**40', "b'y'*2**50", '(1,)*2**61', 'range(2**62)', 'list(range(10**9))', '{0}|set(range(10**8))', "'a'*10**6*10**6", '1<<10**10', 'bytearray(2**45)', '-1', '0', '-2**63', '2**64', '1e308*10', 'float("nan")', "''", '()', 'None', '10**4300', '9'.repeat(5000)];
const STRANGE_CHARS = ['\0', '\t', '\u00e9', '\u03bb', '\u200b', '\ufeff', '\u2028', '\ud83d\ude00', '\\', '$', '?', '!', '`', '\r', '\x0c', '\u00a0', "'", '"', '"""', '(', ')', '[', ']', '{', '}', ':', '\n', '\n    ', '#', 'é = 1\n', 'ｘ'];

/** Snippets that stress a corner each: dropped in at a line, at that line's indentation. */
export const SNIPPETS: readonly string[] = [
  `x = ${'('.repeat(1000)}1${')'.repeat(1000)}`,
  `x = ${'('.repeat(150)}1${')'.repeat(150)}`,
  `x = a${'+a'.repeat(100000)}`,
  `a = 1\nx = a${'+a'.repeat(3000)}`,
  `x = ${'['.repeat(500)}${']'.repeat(500)}`,
  `x = ${'['.repeat(90)}${']'.repeat(90)}`,
  `x = ${'{1: '.repeat(300)}2${'}'.repeat(300)}`,
  `x = ${'{1: '.repeat(50)}2${'}'.repeat(50)}`,
  Array.from({ length: 500 }, (_, i) => `${' '.repeat(i)}def f${i}():`).join('\n') + `\n${' '.repeat(500)}pass`,
  Array.from({ length: 60 }, (_, i) => `${' '.repeat(i)}def f${i}():`).join('\n') + `\n${' '.repeat(60)}return 1`,
  Array.from({ length: 120 }, (_, i) => `${' '.repeat(i)}if True:`).join('\n') + `\n${' '.repeat(120)}pass`,
  'x = -' + '-'.repeat(5000) + '1',
  'x = not ' + 'not '.repeat(3000) + 'True',
  'x = lambda: ' + 'lambda: '.repeat(2000) + '1',
  'x = ' + '1 if 1 else '.repeat(3000) + '2',
  'x = f"' + '{'.repeat(100) + 'x' + '}'.repeat(100) + '"',
  'x = a.b' + '.b'.repeat(20000),
  'x = f' + '()'.repeat(20000),
  'class R:\n    def __repr__(self):\n        return repr(self)\nprint(R())',
  'class R:\n    def __eq__(self, o):\n        return self == o\nprint(R() == R())',
  'class R:\n    def __hash__(self):\n        return hash(self)\n{R()}',
  'class R:\n    def m(self):\n        return self.m()\nR().m()',
  'class R:\n    def __getattr__(self, n):\n        return self.x\nR().y',
  'class R:\n    def __len__(self):\n        return len(self)\nlen(R())',
  'class R:\n    def __str__(self):\n        return str(self)\nprint(R())',
  'class R:\n    def __iter__(self):\n        return self\n    def __next__(self):\n        return 1\nlist(R())',
  'class R:\n    def __iter__(self):\n        return iter(self)\nfor _ in R(): pass',
  'class R:\n    def __bool__(self):\n        return 2\nif R(): pass',
  'class R:\n    def __index__(self):\n        return "x"\n[1][R()]',
  'class R:\n    def __lt__(self, o):\n        raise ValueError(o)\nsorted([R(), R()])',
  'class R:\n    @property\n    def p(self):\n        return self.p\nR().p',
  'def f(): return f()\nf()',
  'def f(n): return f(n + 1) + 1\nprint(f(0))',
  'def g():\n    while True:\n        yield 1\nlist(g())',
  'def g():\n    n = 0\n    while True:\n        yield n\n        n += 1\nsum(g())',
  'import itertools\nlist(itertools.count())',
  'while True: pass',
  'while 1:\n    x = [1]',
  'x = []\nwhile True: x.append(x)',
  'x = 1\nwhile True: x *= 10**100',
  "s = 'a'\nwhile True: s += s",
  'l = [1]\nwhile True: l = l + l',
  'd = {}\nwhile True: d[len(d)] = d',
  'class D:\n    def __del__(self):\n        raise ValueError("del")\nx = D()\ndel x',
  'class D:\n    def __del__(self):\n        self.again = self\n        1/0\nD()',
  'class D:\n    def __del__(self):\n        print(self.nope)\nl = [D() for _ in range(3)]\nl.append(l)\ndel l\nimport gc; gc.collect()',
  'class D:\n    def __repr__(self):\n        raise KeyError(self)\nprint([D()])',
  'class D:\n    def __eq__(self, o):\n        raise TypeError("eq")\n[D()].index(D())',
  'class D:\n    def __hash__(self):\n        raise RuntimeError("h")\nd = {D(): 1}',
  'class D:\n    __hash__ = None\nd = {D(): 1}',
  'try:\n    1/0\nfinally:\n    raise KeyError("f")',
  'def f():\n    try:\n        return 1\n    finally:\n        return 2\nprint(f())',
  'def f():\n    for i in range(3):\n        try:\n            continue\n        finally:\n            break\nf()',
  'def g():\n    try:\n        yield 1\n    finally:\n        raise ValueError("close")\nx = g(); next(x); x.close()',
  'def g():\n    try:\n        yield 1\n    finally:\n        yield 2\nx = g(); next(x); x.close()',
  'def g():\n    try:\n        yield 1\n    except GeneratorExit:\n        yield 3\nx = g(); next(x); del x',
  'def g():\n    yield from g()\nlist(g())',
  'def g():\n    x = yield\n    yield x\ni = g(); i.send(1)',
  'def g(): yield 1\ni = g(); next(i); i.throw(ValueError)',
  'def g(): yield 1\ni = g(); i.throw(ValueError("x"), None, None)',
  'def g():\n    yield next(i)\ni = g(); next(i)',
  'd = {1: 1, 2: 2}\nfor k in d:\n    d[k + 10] = 1',
  'd = {1: 1, 2: 2}\nfor k in d:\n    del d[k]',
  's = {1, 2}\nfor k in s:\n    s.add(k + 10)',
  'l = [1, 2]\nfor x in l:\n    l.append(x)\n    if len(l) > 50: break',
  'l = [3, 1, 2]\nl.sort(key=lambda x: l.append(x))',
  'l = [3, 1, 2]\nl.sort(key=lambda x: l.clear() or x)',
  'd = {}\nd.update((k, d.clear()) for k in range(3))',
  'def f(a, b): pass\nf(1)',
  'def f(a, b): pass\nf(1, 2, 3)',
  'def f(a, b): pass\nf(1, b=2, c=3)',
  'def f(a, /, b): pass\nf(a=1, b=2)',
  'def f(*, a): pass\nf(1)',
  'def f(a): pass\nf(1, a=1)',
  'def f(**k): pass\nf(**{1: 2})',
  'def f(*a): pass\nf(*1)',
  'def f(**k): pass\nf(**[])',
  'print(*1)',
  'print(end=1)',
  'len()',
  'len(1, 2)',
  'int(x=1)',
  'list(1, 2)',
  'dict(1)',
  'range()',
  'range(1, 2, 0)',
  'isinstance(1)',
  'super()',
  'super(int, 1).__init__()',
  'object.__new__(int)',
  'type("X", (int, str), {})',
  'type("X", (1,), {})',
  'class A(1): pass',
  'class A(int, int): pass',
  'class A: pass\nclass B(A, A): pass',
  'class M(type):\n    def __call__(cls): return cls()\nclass C(metaclass=M): pass\nC()',
  '[].__class__.__init__(1)',
  'x = 1\nx()',
  'None.foo',
  'x = {}\nx[[]] = 1',
  'x = [1]\nx[1.5]',
  'x = (1, 2)\nx[0] = 1',
  'a, b = 1',
  'a, b = [1, 2, 3]',
  'a, *b, c = [1]',
  'raise 1',
  'raise ValueError from 1',
  'raise',
  'try:\n    pass\nexcept 1:\n    pass',
  'try:\n    1/0\nexcept 1:\n    pass',
  'try:\n    1/0\nexcept* ValueError:\n    pass',
  'with 1: pass',
  'import nosuchmodule',
  'from os import nosuchname',
  'from . import x',
  'import sys\nsys.setrecursionlimit(10**9)\ndef f(): f()\nf()',
  'import sys\nsys.setrecursionlimit(1)\nprint(1)',
  'import gc\ngc.set_threshold(1, 1, 1)\nl = [[i] for i in range(300)]',
  'import gc\ngc.set_threshold(-1)',
  'exec("x=1")',
  'eval("1")',
  'compile("x", "f", "exec")',
  'globals()["x"] = 1\nprint(x)',
  'locals()["y"] = 1',
  '__import__("sys").exit(3)',
  'exit()',
  'quit(1)',
  'import sys\nsys.exit("bye")',
  'input()',
  'input(); input()',
  'open("nope.txt")',
  'print(1, file=None, flush=1)',
  'x = 1; del x; del x',
  'def f():\n    print(v)\n    v = 1\nf()',
  'def f():\n    nonlocal_x = 1\n    def g():\n        nonlocal nonlocal_x\n        del nonlocal_x\n        return nonlocal_x\n    return g()\nf()',
  'async def f(): await 1\nf()',
  'async def f():\n    yield 1\nf().__anext__()',
  'x = [i for i in range(3) if (j := i)]\nprint(j)',
  'match 1:\n    case {**rest, 1: x}: pass',
  'match [1]:\n    case [*a, *b]: pass',
  'match 1:\n    case int(x, y): pass',
  'match 1:\n    case 1 | x: pass',
  'x = 1 if True else',
  '@1\ndef f(): pass',
  '@staticmethod\nclass C: pass',
  'class C:\n    @classmethod\n    @property\n    def x(cls): return 1\nC.x',
  'print(format(1, "Q"))',
  "print('%d' % 'x')",
  "print('%(a)s' % 1)",
  "print('{0}{1}'.format(1))",
  "print(f'{1:{2:{3}}}')",
  "print(int('1'*5000))",
  'print(10**5000)',
  'print(2**-1, 0**-1)',
  'print(1/0.0)',
  'print(float("1e400"), 1e308*10, int(float("inf")))',
  'print(divmod(1, 0))',
  'print(pow(2, -1, 5), pow(2, 1, 0))',
  'print(round(1.5, 10**10))',
  'print(chr(-1))',
  'print(chr(0x110000))',
  'print(ord(""))',
  "print(bytes([256]))",
  "print(bytes(-1))",
  "print(b'a'.decode('nope'))",
  "print('é'.encode('ascii'))",
  "print(''.join([1]))",
  "print('a'.split(''))",
  "print('abc'[::0])",
  "print([1][::0])",
  "print(list(range(10))[10**100:])",
  'print(hash([]))',
  'print(sorted([1, "a"]))',
  'print(max([]))',
  'print(min(1))',
  'print(sum(["a"], ""))',
  'print(iter(1))',
  'print(next(iter([])))',
  'print(zip(1))',
  'print(map(None, [1]))',
  'print(list(map(lambda: 1, [1])))',
  'print(getattr(1, "x"))',
  'print(setattr(1, "x", 1))',
  'print(delattr(1, "real"))',
  'print(vars(1))',
  'print(dir(1)[:3])',
  'print(id(1) == id(1))',
  'print(memoryview(b"ab")[5])',
  'print(bytearray(b"ab").pop(5))',
  'print([].pop())',
  'print({}.popitem())',
  'print(set().pop())',
  'print((1).bit_length(1))',
  'print((1.5).as_integer_ratio(1))',
  'print(int.from_bytes(b"\\x01" * 100000, "big") > 0)',
  'print(frozenset([[]]))',
  'print({[]: 1})',
  'x = [1, 2, 3]\nprint(x[5])',
  'x = "abc"\nprint(x[10])',
  'x = {"a": 1}\nprint(x["b"])',
  'print(undefined_name)',
  'print(1 + "a")',
  'print("a" * "b")',
  'print([] < 1)',
  'print(-"a")',
  'print(~1.5)',
  'print(1 @ 2)',
  'class C: __slots__ = ("a", "a")',
  'class C: __slots__ = 1',
  'class C:\n    __slots__ = ("a",)\nC().b = 1',
  'class C:\n    __slots__ = ("__dict__", "__dict__")',
  'class C:\n    def __init__(self): return 1\nC()',
  'class C:\n    def __new__(cls): return 1\nprint(C())',
  'class C:\n    def __init_subclass__(cls): raise ValueError(cls)\nclass D(C): pass',
  'class C:\n    def __set_name__(self, o, n): raise ValueError(n)\nclass D:\n    x = C()',
  'class C:\n    def __class_getitem__(cls, i): return cls[i]\nC[1]',
  'class C:\n    def __getitem__(self, i): return self[i]\nC()[0]',
  'class C:\n    def __contains__(self, x): return x in self\n1 in C()',
  'class C:\n    def __setattr__(self, n, v): setattr(self, n, v)\nC().x = 1',
  'class C:\n    def __getattribute__(self, n): return self.n\nC().x',
  'class C:\n    def __enter__(self): return self\nwith C(): pass',
  'class C:\n    def __exit__(self, *a): return 1\nwith C(): pass',
  'class C:\n    def __enter__(self): 1/0\n    def __exit__(self, *a): pass\nwith C(): pass',
  'class C:\n    def __enter__(self): pass\n    def __exit__(self, *a): 1/0\nwith C(): pass',
  'class C:\n    def __format__(self, s): return 1\nprint(f"{C()}")',
  'class C:\n    def __repr__(self): return 1\nprint(repr(C()))',
  'class C:\n    def __len__(self): return -1\nprint(len(C()))',
  'class C:\n    def __len__(self): return 2**100\nprint(len(C()))',
  'class C:\n    def __iter__(self): return 1\nprint(list(C()))',
  'class C:\n    def __index__(self): return 2**100\nprint([1][C()])',
  'class C:\n    def __float__(self): return 1\nprint(float(C()))',
  'class C:\n    def __int__(self): return "x"\nprint(int(C()))',
  'class C:\n    def __del__(self): print("del", self)\nc = C()\nc.self = c\ndel c',
  'class C(list):\n    def __del__(self): self.append(self)\nC()',
  'class C(dict):\n    def __missing__(self, k): return self[k]\nC()[1]',
  'class C(Exception):\n    def __str__(self): raise C()\nraise C()',
  'class C(Exception):\n    def __str__(self): return 1\nraise C()',
  'class C(BaseException): pass\nraise C',
  'e = ValueError()\ne.__cause__ = e\nraise e',
  'e = ValueError()\ne.__context__ = e\nraise e',
  'try:\n    raise ValueError\nexcept ValueError as e:\n    raise e from e',
  'import weakref\nclass C: pass\nc = C()\nr = weakref.ref(c, lambda r: 1/0)\ndel c',
  'import weakref\nweakref.ref(1)',
  'import collections\ncollections.deque([1], maxlen=-1)',
  'import collections\nd = collections.deque([1, 2])\nfor x in d: d.append(x)',
  'import functools\nfunctools.reduce(lambda a, b: a, [])',
  'import random\nrandom.seed(1)\nrandom.choice([])',
  'import re\nre.compile("(")',
  'import re\nre.match("(a*)*b", "a" * 30)',
  'import math\nmath.factorial(10**6)',
  'import math\nmath.sqrt(-1)',
  'import json\njson.loads("{")',
  'import json\njson.dumps(object())',
  'import json\nd = []\nd.append(d)\njson.dumps(d)',
  'l = []\nl.append(l)\nprint(l, str(l), repr(l))',
  'd = {}\nd[1] = d\nprint(d)',
  'l = []\nfor _ in range(2000): l = [l]\nprint(l)',
  'l = []\nfor _ in range(2000): l = [l]\nprint(l == l[0])',
  'd = {}\nfor _ in range(2000): d = {1: d}\nprint(str(d)[:10])',
  't = ()\nfor _ in range(2000): t = (t,)\nhash(t)',
  'l = []\nfor _ in range(100000): l = [l]\ndel l',
  'import copy\nl = []\nfor _ in range(2000): l = [l]\ncopy.deepcopy(l)',
  'x = 1\nfor i in range(100): x = x ** 2',
  'x = [0] * 10**7\ny = [x] * 10**7',
  'x = bytearray(10**8)',
  "x = 'ab' * 10**8",
  'x = {i: i for i in range(10**6)}',
  'x = list(range(10**6))\nx.sort(reverse=True)',
  'x = [[] for _ in range(10**5)]',
  "x = ' '.join(str(i) for i in range(10**5))",
];

function pickSignificant(rng: Prng, toks: string[]): number {
  for (let tries = 0; tries < 20; tries++) {
    const i = rng.int(toks.length);
    if (isSignificant(toks[i] as string)) return i;
  }
  return rng.int(toks.length);
}

function lineIndent(line: string): string {
  return /^[ \t]*/.exec(line)?.[0] ?? '';
}

/** One mutation kind: a name (for the report) and the edit. */
interface Mutation {
  name: string;
  apply(rng: Prng, source: string): string;
}

const MUTATIONS: Mutation[] = [
  { name: 'delete-token', apply: (rng, s) => { const t = tokenize(s); if (!t.length) return s; t.splice(pickSignificant(rng, t), 1); return t.join(''); } },
  { name: 'duplicate-token', apply: (rng, s) => { const t = tokenize(s); if (!t.length) return s; const i = pickSignificant(rng, t); t.splice(i, 0, t[i] as string); return t.join(''); } },
  { name: 'swap-tokens', apply: (rng, s) => {
    const t = tokenize(s); if (t.length < 2) return s;
    const i = pickSignificant(rng, t); const j = rng.next() < 0.5 ? Math.min(t.length - 1, i + 2) : pickSignificant(rng, t);
    [t[i], t[j]] = [t[j] as string, t[i] as string]; return t.join('');
  } },
  { name: 'move-token', apply: (rng, s) => { const t = tokenize(s); if (t.length < 2) return s; const [tok] = t.splice(pickSignificant(rng, t), 1); t.splice(rng.int(t.length), 0, tok as string); return t.join(''); } },
  { name: 'delete-line', apply: (rng, s) => { const l = s.split('\n'); l.splice(rng.int(l.length), 1); return l.join('\n'); } },
  { name: 'duplicate-line', apply: (rng, s) => { const l = s.split('\n'); const i = rng.int(l.length); l.splice(i, 0, l[i] as string); return l.join('\n'); } },
  { name: 'swap-lines', apply: (rng, s) => { const l = s.split('\n'); const i = rng.int(l.length); const j = rng.int(l.length); [l[i], l[j]] = [l[j] as string, l[i] as string]; return l.join('\n'); } },
  { name: 'truncate', apply: (rng, s) => s.slice(0, rng.int(s.length + 1)) },
  { name: 'indent', apply: (rng, s) => {
    const l = s.split('\n'); const i = rng.int(l.length); const line = l[i] as string;
    const choice = rng.int(5);
    l[i] = choice === 0 ? ' ' + line : choice === 1 ? line.replace(/^[ \t]/, '') : choice === 2 ? '\t' + line.trimStart() : choice === 3 ? line.trimStart() : '    ' + line;
    return l.join('\n');
  } },
  { name: 'insert-char', apply: (rng, s) => { const i = rng.int(s.length + 1); return s.slice(0, i) + rng.pick(STRANGE_CHARS) + s.slice(i); } },
  { name: 'swap-operator', apply: (rng, s) => {
    const t = tokenize(s); const ops = t.map((x, i) => (OPERATORS.includes(x) ? i : -1)).filter((i) => i >= 0);
    if (!ops.length) return s; t[rng.pick(ops)] = rng.pick(OPERATORS); return t.join('');
  } },
  { name: 'huge-literal', apply: (rng, s) => {
    const t = tokenize(s); const lits = t.map((x, i) => (/^\d|^['"]|^[rbf]['"]/.test(x) ? i : -1)).filter((i) => i >= 0);
    if (!lits.length) return s; t[rng.pick(lits)] = `(${rng.pick(HUGE)})`; return t.join('');
  } },
  { name: 'snippet', apply: (rng, s) => {
    const l = s.split('\n'); const i = rng.int(l.length + 1);
    const indent = lineIndent(l[Math.min(i, l.length - 1)] ?? '');
    const snippet = rng.pick(SNIPPETS).split('\n').map((x) => indent + x);
    l.splice(i, 0, ...snippet); return l.join('\n');
  } },
];

/** A mutant: its source and the mutations that made it. */
export interface Mutant {
  source: string;
  mutations: string[];
}

/** Applies 1-3 random mutations to `source`. */
export function mutate(rng: Prng, source: string): Mutant {
  const count = 1 + (rng.next() < 0.3 ? rng.int(3) : 0);
  const mutations: string[] = [];
  let out = source;
  for (let k = 0; k < count; k++) {
    const m = rng.pick(MUTATIONS);
    mutations.push(m.name);
    out = m.apply(rng, out);
  }
  return { source: out, mutations };
}
