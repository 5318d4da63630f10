"""List growth: why appending is cheap on average.

A list keeps an array of pointers, and `append` over-allocates it: when the array is full,
`list_resize` (Objects/listobject.c) grows the capacity to about 1.125x the new size plus a little,
so most appends find room already there and only some reallocate. sys.getsizeof shows the capacity:
56 bytes of list header (on 64-bit builds) plus 8 bytes per slot.
"""
import sys

items = []
last_size = sys.getsizeof(items)
print(f"empty list: {last_size} bytes")

for i in range(64):
    items.append(i)
    size = sys.getsizeof(items)
    if size != last_size:
        capacity = (size - sys.getsizeof([])) // 8
        print(f"len {len(items):3}: grew to {size} bytes (capacity {capacity})")
        last_size = size

# A list built in one go is allocated at its exact size: no spare capacity.
exact = [0] * 64
print(f"[0] * 64: {sys.getsizeof(exact)} bytes, appended to 64: {sys.getsizeof(items)} bytes")

# Removing items shrinks the array only when it falls below half its capacity.
while len(items) > 10:
    items.pop()
print(f"after popping down to 10: {sys.getsizeof(items)} bytes")

# The list holds pointers; each element is an object of its own elsewhere on the heap.
words = ["pool", "arena", "block"]
print("list of 3 str:", sys.getsizeof(words), "bytes, plus the strings:",
      sum(sys.getsizeof(w) for w in words), "bytes")
