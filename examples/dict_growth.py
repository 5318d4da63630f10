"""Dict growth: a compact table that doubles before it fills.

Since CPython 3.6 a dict is an index table plus a dense array of entries in insertion order
(Objects/dictobject.c). It resizes when the entries array is two-thirds full, so sizes jump in
steps. Deleting keys leaves holes ("dummies") and never shrinks the table; building a new dict from
the old one does.
"""
import sys

table = {}
last = sys.getsizeof(table)
print(f"empty dict: {last} bytes")

for i in range(50):
    table[f"key{i}"] = i
    size = sys.getsizeof(table)
    if size != last:
        print(f"{len(table):3} keys: resized to {size} bytes")
        last = size

for i in range(45):
    del table[f"key{i}"]
print(f"after deleting down to {len(table)} keys: {sys.getsizeof(table)} bytes (no shrink)")

compacted = dict(table)
print(f"a fresh copy of those {len(compacted)} keys: {sys.getsizeof(compacted)} bytes")

# Insertion order is kept, and re-inserting a deleted key puts it at the end.
order = {"a": 1, "b": 2, "c": 3}
del order["a"]
order["a"] = 1
print("order after re-insert:", list(order))
