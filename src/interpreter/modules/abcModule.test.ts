/**
 * The abc module against CPython 3.11.7, 3.12.1 and 3.13.0 (the same scripts printed these lines;
 * test/oracle/metaclassProbe.py re-measures the sizes).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runOutput as run } from '../session/runChecked';

type Version = '3.11' | '3.12' | '3.13';

const incomplete = `
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): pass
    @abstractmethod
    def perimeter(self): pass
class Half(Shape):
    def area(self): return 1
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
`;

test('instantiating an abstract class: the TypeError as each version words it', () => {
  assert.equal(run(incomplete, '3.11'),
    "Can't instantiate abstract class Shape with abstract methods area, perimeter\n"
    + "Can't instantiate abstract class Half with abstract method perimeter\n");
  for (const v of ['3.12', '3.13'] as const) {
    assert.equal(run(incomplete, v),
      "Can't instantiate abstract class Shape without an implementation for abstract methods 'area', 'perimeter'\n"
      + "Can't instantiate abstract class Half without an implementation for abstract method 'perimeter'\n", v);
  }
});

test('an ABC instance is sized as any instance; _abc_impl is a 64-byte tracked _abc_data', () => {
  const expected: Record<Version, string> = { '3.11': '56 56 64 True\n', '3.12': '48 48 64 True\n', '3.13': '48 48 64 True\n' };
  for (const v of ['3.11', '3.12', '3.13'] as const) {
    assert.equal(run(`
import sys, gc
from abc import ABC
class A(ABC):
    def __init__(self): self.x = 1
class P:
    def __init__(self): self.x = 1
print(sys.getsizeof(A()), sys.getsizeof(P()), sys.getsizeof(A._abc_impl), gc.is_tracked(A._abc_impl))
`, v), expected[v], v);
  }
});

test('register makes virtual subclasses and bumps the cache token', () => {
  assert.equal(run(`
import abc
class Registry(abc.ABC): pass
class Old: pass
class Older(Old): pass
t = abc.get_cache_token()
print(Registry.register(Old) is Old, abc.get_cache_token() - t)
print(isinstance(Older(), Registry), issubclass(Old, Registry), issubclass(bool, Registry))
`, '3.12'), 'True 1\nTrue True False\n');
});
