"""A fixed-capacity ring buffer for a serial-port reader, built on a bytearray subclass:
instances carry their read/write positions in a __dict__, inherited methods return plain
bytearrays, and memoryview slices read the stored bytes without copying."""
import gc
import sys


class RingBuffer(bytearray):
    def __init__(self, capacity):
        super().__init__(capacity)
        self.capacity = capacity
        self.head = 0   # next byte to read
        self.count = 0  # bytes stored

    def write(self, data):
        written = 0
        for byte in data:
            if self.count == self.capacity:
                break
            self[(self.head + self.count) % self.capacity] = byte
            self.count += 1
            written += 1
        return written

    def read(self, n):
        n = min(n, self.count)
        view = memoryview(self)
        first = min(n, self.capacity - self.head)
        out = bytes(view[self.head:self.head + first]) + bytes(view[:n - first])
        view.release()
        self.head = (self.head + n) % self.capacity
        self.count -= n
        return out

    def __repr__(self):
        return f'RingBuffer(cap={self.capacity}, head={self.head}, count={self.count})'


class Tagged(bytearray):
    pass


rb = RingBuffer(8)
print(rb, type(rb).__name__, isinstance(rb, bytearray), len(rb))
print(repr(rb), str(rb))
print('tracked', gc.is_tracked(rb), 'dict', sorted(rb.__dict__))
print('wrote', rb.write(b'hello'), rb)
print('read', rb.read(3), rb)
print('wrote', rb.write(b' world!'), rb)
print('read', rb.read(10), rb)
print('raw storage', bytes(rb))

t = Tagged(b'abc')
print(repr(t), t == b'abc', t == bytearray(b'abc'))
t.source = 'uart0'
print(t.__dict__)
print(type(t + b'd').__name__, type(t[1:]).__name__, type(t.upper()).__name__, type(t.copy()).__name__, type(t * 2).__name__)
t += b'de'
print(type(t).__name__, t, t.source)
t.append(33)
t.extend(b'xy')
t[0] = 65
print(t, len(t), t.hex())
print(Tagged(3), Tagged([1, 2]), Tagged('hi', 'ascii'), Tagged())
del t[:2]
print(t, t.find(b'e'), t.decode())
m = memoryview(t)
print(m.obj is t, m.tolist()[:3])
try:
    t.append(0)
except BufferError as e:
    print('BufferError:', e)
m.release()


class Slotted(bytearray):
    __slots__ = ()


s = Slotted(b'ab')
try:
    s.x = 1
except AttributeError as e:
    print('AttributeError:', e)

print('sizes', sys.getsizeof(Tagged()), sys.getsizeof(Tagged(b'abc')), sys.getsizeof(s), sys.getsizeof(RingBuffer(4)))
try:
    'id:' + b'\x01'
except TypeError as e:
    print('TypeError:', e)
try:
    'id:' + Tagged(b'x')
except TypeError as e:
    print('TypeError:', e)
