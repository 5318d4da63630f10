"""Built-in methods that used to end a run with "not simulated yet" (objects/bytesLines.ts and the
rest named in builtinMethodGaps.test.ts): results, identities, list sizes and error texts.
    python3 test/oracle/numberConversions/generate.py test/oracle/builtinMethodGaps"""
import sys
b = b'abc'
print(b.expandtabs() is b, b.expandtabs(4) is b, b'a\tb'.expandtabs(0), b'a\tb\n\tc\r\td'.expandtabs(3), b'\t'.expandtabs(-1))
ba = bytearray(b'abc'); print(ba.expandtabs() is ba, ba.expandtabs(tabsize=2))
for bad in [lambda: b.expandtabs('x'), lambda: b.expandtabs(1.5), lambda: b.expandtabs(x=1), lambda: b.expandtabs(1, 2), lambda: b.splitlines(1, 2), lambda: b.splitlines('x'), lambda: b.splitlines(x=1), lambda: b.splitlines(1.5), lambda: bytearray().splitlines(foo=2), lambda: bytearray().expandtabs(bar=1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(b.splitlines()[0] is b, b.splitlines(True)[0] is b, b'ab\n'.splitlines(True)[0], b'ab\n'.splitlines()[0])
x = b'ab\n'; print(x.splitlines(True)[0] is x)
print(b'a\rb\r\nc\n\nd\x0be\x0cf\x1cg\x85'.splitlines(), b'a\rb\r\nc\n\n'.splitlines(keepends=True), b''.splitlines(), b'\n'.splitlines(), bytearray(b'x\ny').splitlines(2))
print(bytearray(b'ab').splitlines()[0], sys.getsizeof(b'a\nb\nc'.splitlines()), sys.getsizeof(b'\n'.join([b'x']*13).splitlines()), sys.getsizeof(b'a'.splitlines()), sys.getsizeof(b''.splitlines()))
print(sys.getsizeof('a\nb\nc'.splitlines()), sys.getsizeof('\n'.join(['x']*13).splitlines()), sys.getsizeof(''.splitlines()))
print(b'a'.splitlines(True), b'a\t'.expandtabs(2**62) if False else '')
class B(bytes): pass
bb = B(b'ab'); print(type(bb.expandtabs()), type(bb.splitlines()[0]), bb.splitlines()[0] is bb)
s = 'abc'; print(s.splitlines()[0] is s, 'ab\n'.splitlines(True), 'a'.expandtabs(tabsize=3))
for bad in [lambda: s.expandtabs(x=1), lambda: s.splitlines(x=1), lambda: s.splitlines('x'), lambda: s.splitlines(1.5)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
r = range(0, 20, 3)
print(r.count(6), r.count(7), r.count(6.0), r.count(True), r.count('x'), r.index(9), r.index(9.0), range(10, 0, -2).index(4))
for bad in [lambda: r.index(7), lambda: r.index('x'), lambda: r.index(7.0), lambda: r.count(), lambda: r.index(1, 2), lambda: range(5).index(-1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(range(1 << 70).index(1 << 69), range(1 << 70).count(5))
for s in ['0x1.8p1', '0x1p-1074', '0x1p-1075', '0x1.0000000000000801p0', '-0X.8P+2', '  inf ', '-Infinity', 'nan', '0x0p0', '-0x0p0', '1', 'a.b', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '0x3p-1076', '0x1.00000000000008p0', '0x1.00000000000018p0', 'ff', '0x.p1', '0xp1', '0x1p', '1e', '0x1.p1', '.8', '0x1p99999999999999999999']:
    try: print(repr(s), float.fromhex(s))
    except Exception as e: print(repr(s), type(e).__name__, e)
for bad in [lambda: float.fromhex(1), lambda: float.fromhex()]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class F(float): pass
x = F.fromhex('0x1p1'); print(type(x).__name__, x)
print((1.5).fromhex('0x1p2'), float.fromhex((0.1).hex()) == 0.1)
i = 1000
print((-i).__abs__(), i.__abs__() is i, i.__pos__() is i, i.__neg__(), i.__invert__(), i.__index__() is i, i.__int__() is i, i.__float__(), True.__pos__(), True.__neg__(), True.__abs__(), True.__index__(), True.__int__(), True.__float__())
f = 2.5
print(f.__neg__(), f.__pos__() is f, f.__abs__() is f, (-f).__abs__(), f.__int__(), (-2.7).__int__(), f.__float__() is f, (1e20).__int__())
for bad in [lambda: float('nan').__int__(), lambda: float('inf').__int__(), lambda: (3).__neg__(1), lambda: (3).__divmod__(), lambda: int.__neg__(2.0)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__divmod__(2.0), (7.5).__divmod__(2), (7.5).__rdivmod__(2), (8).__rshift__(1), (8).__rlshift__(1), (8).__rrshift__(1), (7).__divmod__('x'))
for bad in [lambda: (7).__divmod__(0), lambda: (7.0).__divmod__(0)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
# object.__dir__ / type.__dir__, dict views' mapping, weak references to built-in functions,
# object.__subclasshook__ and the built-in classes' __class_getitem__, called directly.
class Hooked:
    def __init__(self): self.a = 1
h = Hooked()
print(sorted(object.__dir__(h)) == dir(h), sorted(type.__dir__(Hooked)) == dir(Hooked), sorted(object.__dir__(2)) == dir(2))
views = {1: 2}
print(views.keys().mapping, repr(views.values().mapping), views.items().mapping[1], views.keys().mapping == views)
import weakref
print(weakref.proxy(abs)(-3), weakref.ref(abs)() is abs, weakref.ref("x".upper) is not None)
print(object.__subclasshook__(int), [t.__class_getitem__(int) for t in (list, dict, tuple, set, frozenset, enumerate)], tuple.__class_getitem__((int, ...)))
for bad in [lambda: object.__dir__(), lambda: object.__dir__(1, 2), lambda: type.__dir__(), lambda: type.__dir__(5), lambda: dict.__class_getitem__(1, 2),
            lambda: object.__subclasshook__(1, 2), lambda: setattr({}.keys(), 'mapping', 1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
