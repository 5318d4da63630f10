"""Small ints and interning: objects CPython creates once and shares.

CPython keeps one object for every int from -5 to 256 (the "small ints"), made at startup. Any
expression whose result is such an int hands back that shared object instead of allocating, so `is`
holds for them. Outside that range each computation allocates a fresh int object.

Run it, then step through it in the inspector: the small-int lines allocate nothing on the heap,
the large-int lines do.
"""
import sys

# Computed at run time (not constants the compiler could fold and share).
base = int("200")

a = base + 56          # 256: the last cached small int
b = base + 56
print("256 is 256:", a is b)          # True: both names refer to the one cached object

c = base + 57          # 257: just past the cache, so each result is a new object
d = base + 57
print("257 is 257:", c is d)          # False: two separate int objects with equal values
print("257 == 257:", c == d)          # True: `==` compares values, `is` compares identity

# An int's size grows with its magnitude, one 30-bit "digit" at a time (Objects/longobject.c).
for value in (0, 1, 2**30 - 1, 2**30, 2**60, 2**90):
    print(f"getsizeof({value}) = {sys.getsizeof(value)} bytes")

# Strings: identifiers and short literals are interned by the compiler; strings built at run time
# are not, unless you ask with sys.intern().
first = "".join(["heap", "_", "name"])
second = "".join(["heap", "_", "name"])
print("built strings identical:", first is second)                        # False
print("interned identical:", sys.intern(first) is sys.intern(second))     # True

# Reference counts: a fresh big int is referenced by `c` and by getrefcount's own argument. The
# cached small ints are shared by the whole interpreter and never freed: 3.11 starts their count at
# about a billion so it cannot reach zero; 3.12+ makes them "immortal" (PEP 683), with a fixed
# count that increments and decrements leave alone.
print("refcount of a fresh big int:", sys.getrefcount(c))   # 2
print("refcount of the small int 256:", sys.getrefcount(a))
