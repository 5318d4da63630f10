# A small phasor class built on complex: subclass instances carry the complex value plus a
# __dict__, so they are GC objects (a GC head and the class's pre-header) where complex is not.
import gc
import sys


class Phasor(complex):
    def __repr__(self):
        return f'Phasor({self.real:g}, {self.imag:g})'

    def magnitude(self):
        return abs(self)


class Packed(complex):
    __slots__ = ()


v = Phasor(3, 4)
i = Phasor('1-1j')
print(v, i, v.magnitude(), isinstance(v, complex), type(v).__mro__)
print(v + i, type(v + i).__name__, v * 2, v == complex(3, 4), hash(v) == hash(3 + 4j))
print(v.real, v.imag, v.conjugate(), complex(v), Phasor(), Phasor(2.5), Packed(1, -1))
v.label = 'load'
print(v.label, v.__dict__)
print('sizes', sys.getsizeof(3 + 4j), sys.getsizeof(Phasor(1)), sys.getsizeof(Packed(1)))
print('tracked', gc.is_tracked(3 + 4j), gc.is_tracked(v), gc.is_tracked(Packed(1)))
readings = [Phasor(k, -k) for k in range(5)]
print(sum(readings, Phasor()), max(r.magnitude() for r in readings))
