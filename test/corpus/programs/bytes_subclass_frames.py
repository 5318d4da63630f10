# A wire-protocol helper that tags raw frames with a bytes subclass: construction, the methods it
# inherits (whose results are plain bytes), instance attributes, and what each frame costs.
import gc
import sys


class Frame(bytes):
    def opcode(self):
        return self[0]

    def payload(self):
        return self[1:]

    def describe(self):
        return f'{type(self).__name__}(op={self.opcode()}, {len(self.payload())} bytes)'


class Ping(Frame):
    pass


class Raw(bytes):
    __slots__ = ()


f = Frame(b'\x01hello')
p = Ping([9, 80, 73, 78, 71])
print(f, repr(p), f.describe(), p.describe(), len(f), f.opcode(), f.payload(), type(f.payload()).__name__)
print(isinstance(p, bytes), isinstance(p, Frame), Ping.__mro__[1:], f == b'\x01hello', hash(f) == hash(b'\x01hello'))
print(f + b'!', type(f + b'!').__name__, f.upper(), f.split(b'l'), f.hex(), f.decode('latin-1'), list(p)[:3])
print(type(f.strip()).__name__, type(f[:]).__name__, type(bytes(f)).__name__, bytes(f) is f, type(b''.join([f])).__name__)
print({f: 'seen'}[b'\x01hello'], b'\x01hello' in {f}, sorted([Frame(b'b'), b'a', Raw(b'c')]), b'%s|%s' % (f, p))
p.retries = 3
print(p.retries, p.__dict__, Frame(3), Frame('h\xe9', 'utf-8'))
try:
    Raw(b'x').note = 1
except AttributeError as e:
    print('AttributeError', e)
print(sys.getsizeof(f), sys.getsizeof(Frame()), sys.getsizeof(Frame(b'x' * 100)), sys.getsizeof(Raw(b'ab')), sys.getsizeof(b'ab'))
print(gc.is_tracked(f), gc.is_tracked(b'\x01hello'), sys.getrefcount(f))
frames = [Frame(bytes([i]) + b'data') for i in range(100)]
print(sum(sys.getsizeof(x) for x in frames), frames[42].describe())
del frames
