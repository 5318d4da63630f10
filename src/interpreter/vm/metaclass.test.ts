/**
 * Metaclasses and class keywords, against what CPython 3.11.7, 3.12.1 and 3.13.0 print for the
 * same scripts (test/oracle/metaclassProbe.py re-measures the sizes).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecked as run } from '../session/runChecked';

type Version = '3.11' | '3.12' | '3.13';

test('the most derived metaclass wins, and unrelated metaclasses conflict', () => {
  const s = run(`
class M1(type): pass
class M2(type): pass
class Sub(M1): pass
class X(metaclass=M1): pass
class W(X, metaclass=Sub): pass
class V(W): pass
print(type(W).__name__, type(V).__name__)
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
`);
  assert.equal(s.stdout, 'Sub Sub\nmetaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases\n');
});

test('__prepare__, __new__ and __init__ of a metaclass see the class keywords', () => {
  const s = run(`
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {'seen': sorted(kw)}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.flags = kw
class C(metaclass=Meta, a=1, b=2):
    pass
print(C.seen, C.flags)
`);
  assert.equal(s.stdout, "['a', 'b'] {'a': 1, 'b': 2}\n");
});

test('__init_subclass__ receives the keywords; object.__init_subclass__ refuses them', () => {
  const s = run(`
class Base:
    def __init_subclass__(cls, /, kind="plain", **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
class A(Base, kind="fancy"): pass
print(A.kind)
try:
    class Bad(Base, nope=1): pass
except TypeError as e:
    print(e)
try:
    class Plain(nope=1): pass
except TypeError as e:
    print(e)
`);
  assert.equal(s.stdout, 'fancy\nBad.__init_subclass__() takes no keyword arguments\nPlain.__init_subclass__() takes no keyword arguments\n');
});

test('a class made by a metaclass has the size of any class, and dies with its last reference', () => {
  const sizes: Record<Version, string> = { '3.11': '920 1688 56', '3.12': '936 1704 48', '3.13': '944 1712 48' };
  for (const v of ['3.11', '3.12', '3.13'] as const) {
    const s = run(`
import sys, gc
class Meta(type): pass
class C(metaclass=Meta): pass
print(sys.getsizeof(Meta), sys.getsizeof(C), sys.getsizeof(C()))
del C
gc.collect()
`, v);
    assert.equal(s.stdout.split('\n')[0], sizes[v], v);
  }
});

test('type(name, bases, ns) builds a class; a metaclass decides isinstance and issubclass', () => {
  const s = run(`
Point = type('Point', (), {'x': 1})
print(Point.__name__, Point().x, type(Point) is type)
class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class EvenNumber(metaclass=Even): pass
print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), issubclass(bool, EvenNumber))
`);
  assert.equal(s.stdout, 'Point 1 True\nTrue False True\n');
});

test('a metaclass __setattr__ guards class attributes; super() reaches type.__setattr__', () => {
  const s = run(`
class Frozen(type):
    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError("cannot reassign " + name)
        super().__setattr__(name, value)
    def __contains__(cls, x):
        return x == cls.A
class E(metaclass=Frozen):
    A = 1
try:
    E.A = 5
except AttributeError as e:
    print(e)
E.b = 3
print(E.A, E.b, 1 in E, 2 in E)
`);
  assert.equal(s.stdout, 'cannot reassign A\n1 3 True False\n');
});
