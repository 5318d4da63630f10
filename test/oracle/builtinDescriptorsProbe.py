"""Built-in types' descriptors (objects/builtinSlots.ts, engine/objects/nativeDescrObject.ts) and
dir()/vars() (builtins/dirBuiltin.ts) as builtinSlots.test.ts expects them: run with
PYENV_VERSION=3.11.7 / 3.12.1 / 3.13.0 python3 test/oracle/builtinDescriptorsProbe.py."""
import sys
l = [3, 1]
print(list.__len__, type([].__len__).__name__, list.append)
print(type(list.__len__).__name__, type(object.__init__).__name__, type(str.join).__name__, type(l.append).__name__)
print(sys.getsizeof(l.__len__), sys.getsizeof(l.append), sys.getsizeof(list.append), sys.getsizeof(list.__len__))
print(list.append(l, 1), l, int.__add__(2, 3), int.__add__(2, 3.0), float.__add__(2.0, 3), str.upper('a'), dict.__getitem__({1: 2}, 1))
print(list.__len__.__name__, list.__len__.__qualname__, l.__len__.__self__ is l, list.append.__qualname__, list.__len__.__objclass__, l.append.__qualname__)
print(int.__eq__(1, 1.0), float.__eq__(1.0, 1), list.__eq__([1], (1,)), set.__eq__(set(), frozenset()), int.__lt__(1, 2))
print(object.__eq__(l, l), object.__ne__(l, 1), str.__len__("abc"), tuple.__getitem__((1, 2), 1), list.__hash__, [].__hash__)
print(hasattr(list, '__len__'), hasattr(int, '__len__'), hasattr(str, 'nope'), callable(list.__len__), callable(l.__len__))
for bad in [lambda: list.append(5, 1), lambda: list.__len__(5), lambda: list.append(), lambda: list.__len__()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
class P:
    def __init__(self):
        object.__setattr__(self, 'x', 1)
        self.y = 2
    def __repr__(self):
        return "P(" + object.__repr__(self)[:11] + ")"
p = P()
print(p, vars(p), [n for n in dir(p) if not n.startswith('__')], type(p.__init__).__name__, type(p.__eq__).__name__, type(P.__eq__).__name__)
print(sorted(dir(list)) == sorted(set(dir(list))), len(dir(list)), len(dir(dict)), len(dir(int)), len(dir(str)), len(dir(object)))
print([n for n in dir(str) if not n.startswith('_')][:8])
def f(a, b=2):
    c = a + b
    return dir()
print(f(1))
class K:
    x = 1
    names = dir()
print(K.names)
print(type(__builtins__).__name__, getattr(l, 'nope', 'dflt'), getattr(l, 'append').__name__)
print(type(list.append).__name__, type(type(list.append)).__name__)
import math
print(type(vars(math)).__name__, vars(math) is math.__dict__, 'pi' in vars(math), math.__dict__['pi'])
print(object.__str__(3), object.__repr__(l)[:13], int.__repr__(5), list.__repr__(l), int.__hash__(7))
for t in [object, type, int, bool, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, type(None)]:
    names = dir(t)
    print(t.__name__, len(names), sum(len(n) for n in names), names == sorted(names))
print(type(vars(int)['from_bytes']).__name__, vars(int)['from_bytes'], type(vars(list)).__name__, len(vars(list)), 'append' in vars(list), vars(list)['__len__'])
print(sorted(k for k in vars(list) if not k.startswith('_')), list.__dict__ is not None, int.real, range.start, type(int.__dict__['real']).__name__)
print(sys.getsizeof(int.real), sys.getsizeof(range.start), (7).numerator, True.real, (2.5).imag, range(1, 9, 2).step, (1.5).real)
print(list.__class__, object.__class__, hasattr(int, 'real'), len(dir(int)), dict.fromkeys('ab'))
