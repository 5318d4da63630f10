# Building a binary message in a bytearray buffer, watching the buffer grow and shrink the way
# PyByteArray_Resize sizes it (getsizeof = 56 + the allocated buffer).
import sys

buf = bytearray()
print("empty:", buf, sys.getsizeof(buf))

sizes = []
for i in range(32):
    buf.append(65 + i % 26)
    sizes.append(sys.getsizeof(buf))
print("append growth:", sorted(set(sizes)))

header = bytearray(b"MSG")
header += (len(buf)).to_bytes(2, "big")
header.extend(b"::")
header.extend([1, 2, 3])
print("header:", header, len(header), sys.getsizeof(header))

message = header + buf
print("message type:", type(message).__name__, len(message), sys.getsizeof(message))

# Edit in place: item and slice assignment, insert, delete.
message[0] = ord("m")
message[3:5] = b"\x00\x00\x00"
message.insert(0, 0x02)
print("edited head:", message[:10], sys.getsizeof(message))
del message[1:4]
print("after del:", message[:8], len(message), sys.getsizeof(message))

# Consume from the front like a network reader: deleting a prefix moves the logical start.
consumed = []
while len(message) > 8:
    consumed.append(bytes(message[:8]))
    del message[:8]
    print("left", len(message), "size", sys.getsizeof(message))
print("chunks:", len(consumed), consumed[0], consumed[-1])

stack = bytearray(b"abcdefghij")
popped = [stack.pop() for _ in range(8)]
print("popped:", bytes(popped), stack, sys.getsizeof(stack))
stack.remove(ord("a"))
print("after remove:", stack, sys.getsizeof(stack))
big = bytearray(100)
print("bytearray(100):", sys.getsizeof(big), big.count(0))
big *= 3
print("*= 3:", len(big), sys.getsizeof(big))
big.clear()
print("cleared:", big, sys.getsizeof(big))
copy = bytearray(b"xyz").copy()
copy.reverse()
print("copy reversed:", copy, sys.getsizeof(copy), bytes(copy), sys.getsizeof(bytes(copy)))
try:
    copy.append(256)
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print("TypeError:", e)

# What tracemalloc sees: the object (56 bytes) plus its buffer, and the bytes copies.
import tracemalloc


def build_log(n):
    tracemalloc.start()
    log = bytearray()
    for i in range(n):
        log += b"%03d," % (i % 1000)
    frozen = bytes(log)
    parts = frozen.split(b",")
    current, peak = tracemalloc.get_traced_memory()
    del parts
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    print("log getsizeof:", sys.getsizeof(log), "frozen getsizeof:", sys.getsizeof(frozen))
    print("traced:", current, "peak >= current:", peak >= current, "after del:", after)


build_log(1000)
build_log(10)
