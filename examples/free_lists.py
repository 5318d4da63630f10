"""Free lists and id() reuse: freed memory comes back first.

When an object dies, its memory is not returned to the operating system. Small blocks go back to
their pymalloc pool, pushed on the pool's free list, and the next allocation of the same size class
pops the most recently freed block (LIFO, Objects/obmalloc.c). Some types (float, tuple, list,
dict) also keep recently freed objects of their own to skip the allocator entirely.

id() in CPython is the object's address, so reused memory shows up as a reused id. CPython only
promises ids are unique among objects alive at the same time.
"""

scale = float(len("heap"))   # computed at run time (the compiler never folds calls), so
                             # nothing below is a constant shared through the code object

x = 1.5 * scale
old_id = id(x)
del x                      # the float dies: its memory goes back for reuse
y = 2.5 * scale            # a new float of the same size takes the freed slot
print("float id reused:", id(y) == old_id)

t = (scale, scale + 1)
old_tuple = id(t)
del t
u = (scale + 2, scale + 3)     # a 2-tuple: same size, so the same freed block
print("tuple id reused:", id(u) == old_tuple)

# Objects alive at the same time always have different ids.
alive = [float(i) * scale for i in range(5)]
print("distinct ids while alive:", len({id(f) for f in alive}) == len(alive))

# A burst of short-lived lists: each loop's list dies before the next is made, so they keep
# landing on the same address.
addresses = set()
for i in range(100):
    temp = [i, i + 1, i + 2]
    addresses.add(id(temp))
    del temp
print(f"100 temporary lists used {len(addresses)} distinct address(es)")
