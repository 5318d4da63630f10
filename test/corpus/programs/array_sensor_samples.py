# Storing sensor samples compactly with array.array instead of a list of floats.
import array
import gc
import sys

readings = [20.5 + (k % 7) * 0.25 for k in range(100)]
as_list = list(readings)
as_array = array.array('d', readings)
print("list of floats:", sys.getsizeof(as_list), "+", sum(sys.getsizeof(x) for x in as_list), "for the floats")
print("array('d'):", sys.getsizeof(as_array), "bytes, itemsize", as_array.itemsize)
print("tracked by gc:", gc.is_tracked(as_array))
print("typecodes:", sorted(set(array.typecodes) - {'w'}))

# Appending one sample at a time over-allocates a little, like a list but less.
log = array.array('i')
sizes = []
for k in range(30):
    log.append(k * k)
    sizes.append(sys.getsizeof(log))
print("growth:", sorted(set(sizes)))
print("last five:", log[-5:], "len", len(log))

# The common sequence methods.
counts = array.array('h', [3, 1, 4, 1, 5, 9, 2, 6])
counts.insert(0, 7)
counts.extend([5, 3])
print(counts, counts.count(1), counts.index(9))
counts.remove(1)
print(counts.pop(), counts.pop(0), counts)
counts.reverse()
print(counts.tolist(), 4 in counts, 8 in counts)
counts[1:3] = array.array('h', [10, 20, 30])
del counts[::2]
print(counts, counts[::-1])
print(sum(counts), min(counts), max(counts), sorted(counts))

# Bytes round trip, as a file format would store them.
raw = array.array('H', [1, 256, 65535]).tobytes()
print(raw, len(raw))
back = array.array('H')
back.frombytes(raw)
print(back, back == array.array('H', [1, 256, 65535]))
back.byteswap()
print(back)
print(bytes(array.array('B', [72, 105])), bytes(array.array('i', [1, -1])), bytearray(array.array('h', [2])))

# Combining and repeating.
a = array.array('f', [0.5, 1.5])
b = a + array.array('f', [2.25])
print(b, a * 2, len(b * 3))
a += b
a *= 2
print(a, sys.getsizeof(a))
print(array.array('i', [1, 2, 3]) < array.array('i', [1, 3]), array.array('i', [1, 2]) == array.array('d', [1.0, 2.0]))
for code, value in [('b', 300), ('B', -1), ('i', 2 ** 40), ('I', -5), ('d', 'x'), ('i', 2.5)]:
    try:
        array.array(code, [value])
    except (OverflowError, TypeError) as e:
        print(code, type(e).__name__, e)
try:
    array.array('i', [1]) + array.array('d', [1.0])
except TypeError as e:
    print("TypeError", e)
try:
    array.array('x')
except ValueError as e:
    print("ValueError", e)
