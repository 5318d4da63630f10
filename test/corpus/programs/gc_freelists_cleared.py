# A full collection empties the free lists; gc.collect(1) does not. Free-list hits do not count
# in generation 0, so the count shows where each new object came from.
import gc

gc.disable()


def fill():
    xs = [[] for _ in range(20)]
    ts = [(i, i, i) for i in range(20)]
    del xs, ts


def alloc5():
    c0 = gc.get_count()[0]
    ls = [[], [], [], [], []]
    c1 = gc.get_count()[0]
    return c1 - c0


fill()
print("lists from the free list:", alloc5())
fill()
gc.collect(1)
print("after collect(1):", alloc5())
fill()
gc.collect()
print("after collect():", alloc5())

# float ids: LIFO reuse through the float free list
n = len("ab")
a = 1.5 * n
b = 2.5 * n
ia, ib = id(a), id(b)
del a, b
x = 9.5 * n
y = 8.5 * n
print("float LIFO:", id(x) == ib, id(y) == ia)

# tuple free list per length: a length-3 tuple's memory goes to the next length-3 tuple
t = (n, 1, 2)
it = id(t)
del t
t4 = (n, 5, 6, 7)
t3 = (n, 5, 6)
print("len-4 reuses len-3:", id(t4) == it, " len-3 reuses len-3:", id(t3) == it)
