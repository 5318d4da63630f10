# Builtin functions and constructors called with the wrong arguments: the exception each raises.
# Run under each CPython version (generate.py); the simulation must print the same.


def show(label, f):
    try:
        r = f()
        print(label, '->', type(r).__name__)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


def ff(a, /, b):
    pass


def kwonly(*, k, j, m=0):
    pass


def kwonly3(*, k, j, m):
    pass


class C:
    def m(self):
        return super()


show('getattr/1', lambda: getattr(1))
show('getattr/4', lambda: getattr(1, 'a', 2, 3))
show('getattr/kw', lambda: getattr(1, 'real', default=2))
show('pow/1', lambda: pow(2))
show('pow/kw', lambda: pow(base=2, exp=3))
show('pow/kwmod', lambda: pow(2, exp=3, mod=5))
show('pow/bad', lambda: pow(2, 3, z=5))
show('pow/both', lambda: pow(2, base=2))
show('pow/4', lambda: pow(1, 2, 3, 4))
show('int/3', lambda: int(1, 2, 3))
show('str/4', lambda: str(1, 2, 3, 4))
show('bytes/4', lambda: bytes(1, 2, 3, 4))
show('bytearray/4', lambda: bytearray(1, 2, 3, 4))
show('float/2', lambda: float(1, 2))
show('exec/0', lambda: exec())
show('eval/0', lambda: eval())
show('eval/4', lambda: eval('1', {}, {}, 4))
show('property/5', lambda: property(1, 2, 3, 4, 5))
show('super/0', lambda: super())
show('zip/int', lambda: zip([1], 5))
show('join/int', lambda: ''.join(5))
show('join/list', lambda: ''.join([1]))
show('print/kw', lambda: print(1, bogus=2))
show('sorted/kw', lambda: sorted([1], bogus=2))
show('sort/kw', lambda: [1].sort(bogus=2))
show('max/kw', lambda: max([1], bogus=2))
show('min/kw', lambda: min([1], bogus=2))
show('posonly', lambda: ff(a=1, b=2))
show('kwonly2', lambda: kwonly())
show('kwonly3', lambda: kwonly3())
show('C.m', lambda: C().m())
show('round/0', lambda: round())
show('round/kw', lambda: round(1.5, nd=2))
show('divmod/1', lambda: divmod(1))
show('isinstance/1', lambda: isinstance(1))
show('setattr/2', lambda: setattr(1, 'a'))
show('hasattr/1', lambda: hasattr(1))
show('range/0', lambda: range())
show('range/4', lambda: range(1, 2, 3, 4))
show('slice/0', lambda: slice())
show('enumerate/0', lambda: enumerate())
show('map/1', lambda: map(len))
show('filter/1', lambda: filter(len))


def ff2(a, b, /, c):
    pass


def three(a, b, c):
    pass


show('posonly2', lambda: ff2(a=1, b=2, c=3))
show('posonly2x', lambda: ff2(1, b=2, c=3, d=4))
show('missing3', lambda: three())
show('missing2', lambda: three(1))
show('enumerate/kw', lambda: enumerate([], bogus=1))
show('complex/kw', lambda: complex(bogus=1))
show('ImportError/kw', lambda: ImportError(bogus=1))
show('int/kw', lambda: int(bogus=1))
show('sum/kw', lambda: sum([], bogus=1))
show('str/bytes', lambda: str(b'ab', 'ascii'))
show('str/kw', lambda: str(b'ab', encoding='ascii', errors='strict'))
show('str/obj', lambda: str(object=5))
show('str/strdecode', lambda: str('ab', 'ascii'))
show('str/intdecode', lambda: str(5, 'ascii'))
show('str/badenc', lambda: str(b'a', 5))
show('str/bogus', lambda: str(b'a', bogus=5))
show('str/3kw', lambda: str(b'a', 'ascii', 'strict', errors='x'))
show('bytes/kw', lambda: bytes('a', encoding='ascii'))
show('bytes/bogus', lambda: bytes(bogus=1))
show('int/2kw', lambda: int('1', 2, base=3))
show('exec/4', lambda: exec('1', {}, {}, 4))
show('exec/kw', lambda: exec('1', bogus=1))
show('exec/cl', lambda: exec('1', closure=None))
show('eval/kw', lambda: eval('1', bogus=1))
show('map/int', lambda: map(len, 5))
show('map/int2', lambda: map(len, [], 5))
show('zip/int1', lambda: zip(5))
show('prop/kw', lambda: property(bogus=1))
show('prop/4', lambda: property(None, None, None, 'd'))
show('prop/kw2', lambda: property(None, fget=None))
