"""Probe of bytes/bytearray facts the simulation mirrors; run per version:
PYENV_VERSION=3.12.1 python3 test/oracle/bytesProbe.py"""
import sys
g = sys.getsizeof
print('sizes', g(b''), g(b'a'), g(b'abc'), g(bytes(100)))
e = b''
print('empty singleton', e is bytes(), e is b'abc'[3:], e is bytes([]), e is ''.encode())
x = bytes([97])
a = b'a'
z = b'\x00'
print('char cache', a is x, a is b'abc'[0:1], a is 'a'.encode(), a is bytes(a), a is b'ab'[:1], a is a * 1, bytes(1) is z)
y = b'abc'
print('full slice', y[:] is y, y * 1 is y, bytes(y) is y, y + b'' is y)
ba = bytearray()
sizes = [g(ba)]
for i in range(40):
    ba.append(i)
    sizes.append(g(ba))
print('append', sizes)
ba = bytearray()
sizes = []
for i in range(12):
    ba += b'xyz'
    sizes.append(g(ba))
print('iadd3', sizes)
ba = bytearray()
sizes = []
for i in range(10):
    ba.extend(b'0123456789' * i)
    sizes.append(g(ba))
print('extend', sizes)
ba = bytearray(b'x' * 100)
sizes = [g(ba)]
while ba:
    ba.pop()
    sizes.append(g(ba))
print('pop', sizes[::5])
ba = bytearray(b'x' * 100)
sizes = [g(ba)]
for i in range(10):
    del ba[:10]
    sizes.append(g(ba))
print('del', sizes)
print('ctor', g(bytearray(10)), g(bytearray(b'abc')), g(bytearray(range(20))), g(bytearray('héllo', 'utf-8')), g(bytearray([1, 2, 3])))
ba = bytearray(b'abcdef')
ba[1:3] = b'XYZW'
print('slice assign', ba, g(ba))
ba.insert(0, 65)
print('insert', ba, g(ba))
ba2 = ba * 3
print('mul', g(ba2), g(ba + ba))
ba2 *= 2
print('imul', g(ba2))
print('copy', g(ba.copy()), g(bytearray(ba)))
ba.clear()
print('clear', g(ba))
m = memoryview(b'abcdef')
print('memoryview', g(m), m.nbytes, m.tolist()[:3], g(m[1:3]), bytes(m[::2]), m[1:3] == b'bc', hash(m) == hash(b'abcdef'))
print('hash', hash(b''), hash(b'abc') == hash('abc'), hash(b'\xe9') == hash('\xe9'))
