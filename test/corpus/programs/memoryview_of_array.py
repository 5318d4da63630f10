# memoryview over array.array: the view reads the items in the typecode's format, and the
# managed buffer holds an export of the array (no resizing until it is released).
import array
import sys

a = array.array('i', [10, 20, 30, 40, 50])
print(sys.getrefcount(a))
m = memoryview(a)
print(sys.getrefcount(a))
print(m.format, m.itemsize, len(m), m.nbytes, m.ndim, m.shape, m.strides, m.readonly)
print(m[0], m[-1], m.tolist())
print(sys.getsizeof(m))

s = m[::2]
print(s.tolist(), s.nbytes, len(s.tobytes()), s.strides)

b = m.cast('B')
print(b.format, len(b), b[:8].tolist())

try:
    a.append(60)
except BufferError as e:
    print("BufferError:", e)

m.release()
s.release()
try:
    a.append(60)
except BufferError as e:
    print("still exported:", e)
b.release()
a.append(60)
print(a, sys.getrefcount(a))

d = array.array('d', [0.5, 1.5, 2.5])
with memoryview(d) as md:
    print(md.format, md.tolist(), md.tobytes() == d.tobytes())
d.append(3.5)
print(d)

h = array.array('H', range(6))
mh = memoryview(h)
grid = mh.cast('B').cast('H', [2, 3])
print(grid.shape, grid.tolist())
del mh, grid
h.extend([6, 7])
print(len(h))
