/**
 * The failing snippets of `npm run fuzz:errors` (errorAgreement.ts): small scripts, each ending in
 * an uncaught exception, grouped by family (the first word of `family`). Generated from tables of
 * operands, operators and call shapes, so every built-in type meets every operator.
 */

/** One snippet: its family (for grouping) and its source. */
export interface Snippet { family: string; source: string }

const OPERANDS = ['1', '1.5', "'a'", '[1]', '(1,)', '{1: 2}', '{1}', 'None', "b'x'", '1j', 'range(2)', 'len'];
const BINARY = ['+', '-', '*', '/', '//', '%', '**', '@', '<<', '>>', '&', '|', '^'];
const COMPARE = ['<', '<=', '>', '>='];
const UNARY = ['-', '+', '~'];

/** Operators: every operand pair under every operator, as an expression statement or nested. */
function operators(): Snippet[] {
  const out: Snippet[] = [];
  OPERANDS.forEach((a, i) => OPERANDS.forEach((b, j) => {
    [...BINARY, ...COMPARE].forEach((op, k) => {
      if ((i * 7 + j * 3 + k) % 3 !== 0) return; // a third of the pairs: every operand still meets every operator
      const shape = (i + j + k) % 4;
      const src = shape === 0 ? `${a} ${op} ${b}\n`
        : shape === 1 ? `x = ${a}\ny = ${b}\nprint(x ${op} y)\n`
          : shape === 2 ? `def f(x, y):\n    return x ${op} y\n\nf(${a}, ${b})\n`
            : `x = ${a}\nx ${op}= ${b}\n`.replace(/ (<|<=|>|>=)= /, ' $1 ');
      out.push({ family: `operator ${op}`, source: src });
    });
  }));
  for (const a of OPERANDS) for (const op of UNARY) out.push({ family: `unary ${op}`, source: `x = ${a}\nprint(${op}x)\n` });
  return out;
}

const STAR = [
  '[*1]', '(*None,)', '{*1.5}', 'print(*1)', 'print(**1)', 'print(**[1])', '{**1}', 'dict(**{1: 2})',
  'a, b = 1', 'a, b = [1, 2, 3]', 'a, b = [1]', 'a, *b = 1', 'a, b, *c = [1]', 'for a, b in [1, 2]: pass',
  'for a, b in [(1, 2, 3)]: pass', '[a for a, b in [(1,)]]', 'a, b = {1: 2}', 'a, b = "abc"',
  'def f(a): pass\nf(*1, **2)', 'def f(a): pass\nf(**{"a": 1}, a=2)', 'def f(a): pass\nf(1, **{"a": 2})',
];

const CALLS = [
  'def f(a, b): pass\nf(1)', 'def f(a, b): pass\nf()', 'def f(a, b, c): pass\nf(1)', 'def f(a, b): pass\nf(1, 2, 3)',
  'def f(): pass\nf(1)', 'def f(a): pass\nf(1, b=2)', 'def f(a): pass\nf(1, a=2)', 'def f(a, /, b): pass\nf(a=1, b=2)',
  'def f(*, k): pass\nf()', 'def f(*, k, j): pass\nf()', 'def f(a, *, k): pass\nf(1, 2)', 'def f(a, b=1): pass\nf(1, 2, 3)',
  'def f(a, b=1, *, c): pass\nf(1, 2, 3, 4)', 'def f(**kw): pass\nf(1)', 'def f(*a): pass\nf(x=1)',
  'class C:\n    def m(self, a): pass\n\nC().m()', 'class C:\n    def m(self): pass\n\nC().m(1)',
  'class C:\n    def m(self, a): pass\n\nC.m()', 'class C:\n    def __init__(self, a): pass\n\nC()',
  'class C:\n    def __init__(self): pass\n\nC(1)', 'class C:\n    pass\n\nC(1)', 'class C:\n    pass\n\nC(x=1)',
  'class C:\n    @staticmethod\n    def s(a): pass\n\nC.s()', 'class C:\n    @classmethod\n    def c(cls, a): pass\n\nC.c()',
  '(lambda x: x)()', '(lambda: 0)(1)', 'f = lambda x, y: x\nf(1, y=2, z=3)', 'len()', 'len(1, 2)', 'len(1)', 'abs()', 'abs("a")',
  'print(sep=1)', 'print(foo=1)', '[].append()', '[].append(1, 2)', '{}.get()', '"a".split(1)', 'sorted(1)',
  'sorted([1], foo=1)', 'max()', 'min([])', 'max(1)', 'isinstance(1)', 'isinstance(1, 1)', 'getattr(1)', 'range()',
  'range(1.5)', 'range("a")', 'int(1, 2, 3)', 'str(1, 2, 3, 4)', 'list(1, 2)', 'dict(1)', 'dict([1])', 'dict([(1, 2, 3)])',
  'set(1)', 'tuple(1)', 'enumerate()', 'zip(1)', 'map(len)', 'filter()', 'iter()', 'next()', 'round("a")', 'pow()',
  'divmod(1)', 'sum()', 'sum(1)', '"a".join()', '"a".join(1)', '"a".join([1])', '"a".replace("a")', '"a".startswith(1)',
  '"a".encode(1)', '[1].sort(1)', '[1].sort(key=1)', '[2, 1].sort(reverse=None, key=len)', '[1, "a"].sort()',
  'sorted([1, "a"])', 'max(1, "a")', '{}.update(1)', '{}.pop()', '{}.setdefault()', 'set().add()', 'object(1)',
  'type()', 'type(1, 2)', 'super()', 'hash()', 'chr()', 'chr("a")', 'ord(1)', 'ord("ab")', 'ord("")',
];

const ATTRIBUTES = [
  'prnt(1)', 'x = 1\nprint(y)', 'value = 1\nprint(valeu)', 'math.sqrt(2)', 'sys.exit()', 'os.getcwd()', 'json.dumps(1)',
  'x = 1\nx.foo', '"a".uper()', '[].apend(1)', '{}.iteritems()', 'None.x', '(1).real = 2', 'x = [1]\nx.lenght',
  'class C:\n    def __init__(self):\n        self.value = 1\n    def f(self):\n        return value\n\nC().f()',
  'class C:\n    def __init__(self):\n        self.count = 1\n    def f(self):\n        return self.cout\n\nC().f()',
  'class C:\n    x = 1\n\nC.y', 'class C:\n    pass\n\nC().attr', 'import math\nmath.sqr(2)', 'import math\nmath.foo',
  'import collections\ncollections.OrderDict()', 'def f():\n    lenght = 1\n    return length\n\nf()',
  'def f():\n    print(undefined_name)\n\nf()', 'def f():\n    x += 1\n\nf()', 'def f():\n    print(x)\n    x = 1\n\nf()',
  'def f():\n    x = 1\n    def g():\n        print(x)\n        x = 2\n    g()\n\nf()', 'del undefined', 'x = 1\ndel x\nprint(x)',
  'Flase', 'true', 'null', 'import maths', 'from math import sqr', 'from collections import foo',
  'class C:\n    __slots__ = ("a",)\n\nC().b = 1', 'object().x = 1', '(1).foo()', 'int.foo', 'str.uppr("a")',
  'x = None\nx.append(1)', 'x = (1, 2)\nx.append(3)', 'x = "abc"\nx.append("d")', 'x = {1}\nx.append(1)',
];

const LOOKUPS = [
  '[][0]', '[1][5]', '(1,)[2]', '"a"[3]', 'range(3)[5]', 'b"a"[2]', '[1][-3]', '{}["k"]', '{1: 2}[3]', '{"a": 1}[("x", 1)]',
  '[].pop()', '[1].pop(5)', '{}.popitem()', '{}.pop("x")', '[1].index(2)', '"a".index("b")', '(1,).index(2)', '[1].remove(2)',
  'set().remove(1)', 'set().pop()', '"abc".rindex("z")', '[1][1.5]', '[1]["a"]', '"a"[None]', '(1,)["x"]', 'x = [1]\nx[5] = 2',
  'x = [1, 2]\ndel x[5]', 'from collections import deque\ndeque().pop()', 'from collections import deque\ndeque([1])[4]',
  '1 / 0', '1 // 0', '1 % 0', '1.0 / 0', '1.5 // 0.0', '1.0 % 0', 'divmod(1, 0)', '0 ** -1', '0.0 ** -1', '1j / 0',
  'int("abc")', 'int("1.5")', 'int("")', 'int("12", 2)', 'int("z", 37)', 'int(None)', 'int([1])', 'float("abc")', 'float("")',
  'float(None)', 'float([1])', 'complex("x")', 'int(float("inf"))', 'int(float("nan"))', 'import math\nmath.sqrt(-1)',
  'import math\nmath.log(0)', 'import math\nmath.factorial(-1)', 'chr(-1)', 'chr(0x110000)', '"a" * -1 + 1',
  'range(1, 2, 0)', '[1, 2][::0]', '"abc".split("")', 'bytes([256])', 'bytes(-1)', 'list(range(3)).index(9)',
  '"%d" % "a"', '"%s %s" % 1', '"%s" % (1, 2)', '"%z" % 1', '"{}".format()', '"{0}{1}".format(1)', '"{a}".format()',
  '"{:d}".format("a")', '"{:d}".format(1.5)', '"{".format(1)', '"}".format(1)', 'format(1, "z")', 'f"{1.5:d}"',
  'f"{\'a\':>{1.5}}"', '"{0[1]}".format([1])', '"{0.x}".format(1)', '"a" < 1', 'sum(["a"])', 'sum([1, "a"])',
  'iter(None)', 'next([])', 'next(iter([]))', 'list(1)', 'for x in 1: pass', 'for x in None: pass', 'x, = []',
  'min([], key=len)', '"{:,s}".format("a")', 'round(1.5, "a")', 'int("١٢x")', 'float("1e")', '1 << -1', '1 >> -1',
  'import math\nmath.exp(1000)', '2.0 ** 10000', 'float(10 ** 400)',
];

const HASHING = [
  '{[]: 1}', '{[1]}', 'hash([])', '{}[{}]', 'set([[1]])', 'x = {}\nx[[1]] = 2', '{1: 2} in {1}', 'frozenset([{}])',
  '[] in {1: 2}', 'dict.fromkeys([[1]])', 'class C:\n    __hash__ = None\n\nhash(C())', '{(1, [2])}',
  '1()', '"a"()', 'None()', 'x = []\nx()', '(1, 2)()', '[1][0]()', 'x = {"f": 1}\nx["f"]()', 'import math\nmath.pi()',
  'class C:\n    pass\n\nC()()', '1[0]', 'None[0]', 'len[0]', '{1}[0]', 'x = 5\nx[0] = 1', 'x = (1,)\nx[0] = 2',
  'x = (1,)\ndel x[0]', 'x = "a"\nx[0] = "b"', 'x = 1.5\nx["a"]', 'def f(): pass\nf[0]', 'int[0][0]',
  'x = 1\nfor a in x: pass', 'x = {1}\nx[0] = 1', 'del (1).real', 'class C:\n    pass\n\nlen(C())', 'len(5)',
  'import math\nlen(math)', 'reversed(1)', 'reversed({1})', 'abs(None)', 'round(None)', 'iter(1)',
];

const TRACEBACKS = [
  'def a():\n    b()\n\ndef b():\n    c()\n\ndef c():\n    return 1 / 0\n\na()',
  'def outer():\n    def inner():\n        return [][0]\n    return inner()\n\nouter()',
  'class C:\n    def m(self):\n        return self.helper()\n    def helper(self):\n        return {}["x"]\n\nC().m()',
  'f = lambda x: x / 0\nprint(f(1))', 'print([1 / x for x in [1, 0]])', 'print({x: 1 / x for x in [0]})',
  'print(list(1 / x for x in [0]))', 'def g():\n    yield 1\n    yield 1 / 0\n\nfor x in g():\n    print(x)',
  'def g():\n    yield from [1, 2]\n    raise ValueError("done")\n\nlist(g())', 'class C:\n    x = 1 / 0',
  'class C:\n    class D:\n        y = [][1]', 'def f(n):\n    if n == 0:\n        raise ValueError("bottom")\n    return f(n - 1)\n\nf(5)',
  'def f():\n    f()\n\nf()', 'def f(n):\n    return f(n + 1)\n\nf(0)', 'def a():\n    return b()\n\ndef b():\n    return a()\n\na()',
  'class C:\n    def __repr__(self):\n        return repr(self)\n\nrepr(C())', 'import functools\n@functools.lru_cache\ndef f(n):\n    return f(n + 1)\n\nf(0)',
  'x = {"a": {"b": [1, 2]}}\nprint(x["a"]["b"][5])', 'x = {"a": {"b": [1, 2]}}\nprint(x["a"]["c"][0])',
  'x = [1, 2, 3]\ny = x[0] + x[1] * x["2"]', 'a = 1\nb = "2"\nc = (a +\n     b)', 'result = max(\n    [1, 2],\n    key=None,\n    foo=1,\n)',
  'def f(x):\n    return x.attr.other\n\nf(None)', 'data = {"k": None}\ndata["k"]["x"]', 'print(1 + 2 * "a" - 3)', 'print((1, 2) + [3])',
  'x = 1\ny = x.bit_length() + x.foo()', 'items = [1, 2]\ntotal = sum(items) / len([])',
  'try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise ValueError("bad")',
  'try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    raise ValueError("bad") from e',
  'try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise ValueError("bad") from None',
  'try:\n    {}["k"]\nexcept KeyError:\n    [][0]', 'try:\n    {}["k"]\nfinally:\n    [][0]',
  'def f():\n    try:\n        return 1 / 0\n    except Exception as e:\n        raise RuntimeError("wrapped") from e\n\nf()',
  'try:\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        int("x")\nexcept ValueError:\n    None.foo',
  'class MyError(Exception):\n    pass\n\nraise MyError("custom", 1)', 'class MyError(Exception):\n    def __str__(self):\n        return "nice"\n\nraise MyError()',
  'raise ValueError', 'raise ValueError()', 'raise KeyError("k")', 'raise KeyError(1, 2)', 'raise Exception("multi\\nline")',
  'raise TypeError from ValueError("x")', 'raise 1', 'raise', 'assert False', 'assert 1 == 2, "not equal"', 'raise StopIteration',
  'raise SystemExit("bye")', 'import sys\nsys.exit(3)', 'raise KeyboardInterrupt', 'raise NotImplementedError("todo")',
  'def f():\n    raise\n\nf()', 'e = ValueError("x")\ne.__cause__ = KeyError("y")\nraise e',
  'x = iter([])\nnext(x)', 'def g():\n    return 1\n    yield\n\nnext(g())', 'def g():\n    yield 1\n\nx = g()\nnext(x)\nnext(x)',
  'class It:\n    def __iter__(self):\n        return 1\n\niter(It())', 'class C:\n    def __len__(self):\n        return -1\n\nlen(C())',
  'class C:\n    def __len__(self):\n        return "a"\n\nlen(C())', 'class C:\n    def __eq__(self, o):\n        return 1 / 0\n\nC() == 1',
  'class C:\n    def __init__(self):\n        return 1\n\nC()', 'class C:\n    def __str__(self):\n        return 1\n\nstr(C())',
  'class C:\n    def __bool__(self):\n        return 1\n\nif C(): pass', 'class C:\n    def __index__(self):\n        return "a"\n\n[1][C()]',
];

/** All snippets, in a fixed order. */
export function errorSnippets(): Snippet[] {
  const named = (family: string, list: string[]): Snippet[] => list.map((s) => ({ family, source: s + '\n' }));
  return [
    ...operators(), ...named('unpack', STAR), ...named('call', CALLS), ...named('name/attribute', ATTRIBUTES),
    ...named('lookup/value', LOOKUPS), ...named('hash/call/subscript', HASHING), ...named('traceback', TRACEBACKS),
  ];
}
