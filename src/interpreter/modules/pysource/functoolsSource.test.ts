/**
 * functools' and contextlib's names written in Python (functoolsSource.ts, contextlibSource.ts)
 * and TypedDict's key sets, against CPython: EXPECTED is what PROBE printed, as a script, under
 * 3.11.7, 3.12.1 and 3.13.0 (the same lines on the three).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runOutput as run } from '../../session/runChecked';

const PROBE = `
import collections.abc
import contextlib
import functools
from typing import NotRequired, Required, TypedDict
class A: pass
class B(A): pass
class C(A): pass
class D(B): pass
class E(C, D): pass
@functools.singledispatch
def f(x):
    return 'object'
f.register(A, lambda x: 'A')
f.register(C, lambda x: 'C')
f.register(collections.abc.Sequence, lambda x: 'Sequence')
f.register(int | None, lambda x: 'int|None')
print([f(k()) for k in (A, B, C, D, E)], f([]), f(''), f(3), f(None), f(2.5), len(f.registry))
class Lazy:
    @functools.cached_property
    def v(self):
        print('once')
        return 7
z = Lazy()
print(z.v, z.v, vars(z))
@contextlib.contextmanager
def around(n):
    print('in', n)
    yield
    print('out', n)
@around(1)
def g(a):
    return a + 1
print(g(1), g(2))
class TD(TypedDict, total=False):
    a: int
    b: Required[str]
    c: NotRequired[float]
print(TD.__total__, sorted(TD.__required_keys__), sorted(TD.__optional_keys__))
`;

const EXPECTED = "['A', 'A', 'C', 'A', 'C'] Sequence Sequence int|None int|None object 6\n"
  + 'once\n7 7 {\'v\': 7}\nin 1\nout 1\nin 1\nout 1\n2 3\n'
  + "False ['b'] ['a', 'c']\n";

test('singledispatch walks the MRO, cached_property caches, a generator manager decorates, TypedDict knows its keys', () => {
  for (const v of ['3.11', '3.12', '3.13'] as const) assert.equal(run(PROBE, v), EXPECTED, v);
});

test('the Python-written names are made on first lookup, and dir() and __dict__ list them', () => {
  const src = `
import functools, gc
print(len([k for k in functools.__dict__ if k == 'singledispatch']), 'cached_property' in dir(functools))
from functools import partialmethod
print(partialmethod.__module__, functools.singledispatchmethod.__name__)
`;
  assert.equal(run(src, '3.12'), '1 True\nfunctools singledispatchmethod\n');
});
