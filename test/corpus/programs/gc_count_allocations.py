# gc.get_count() after known allocations: generation 0 counts GC allocations (tracked or not),
# minus GC deallocations, and free-list hits and pushes are invisible.
import gc

class C:
    pass


def delta(label, make, n=10):
    keep = [None] * n
    c0 = gc.get_count()[0]
    for i in range(n):
        keep[i] = make(i)
    c1 = gc.get_count()[0]
    del keep
    c2 = gc.get_count()[0]
    print(f"{label:18s} alloc {c1 - c0:+d}  free {c2 - c1:+d}")


gc.disable()
gc.collect()
delta("warm-up", lambda i: (i, i))
delta("object()", lambda i: object())
delta("instance", lambda i: C())
delta("[i]", lambda i: [i])
delta("(i,) tuple", lambda i: (i,))
delta("(i, i) tuple", lambda i: (i, i))
delta("str", lambda i: "x" * (i + 2))
delta("float", lambda i: i * 1.5)
delta("big int", lambda i: i + 10**6)
delta("lambda + cell", lambda i: (lambda: i))
delta("set()", lambda i: set())

# 100 lists: most come back from the list free list (80 entries) on the next round.
a = [[] for _ in range(100)]
c0 = gc.get_count()[0]
del a
c1 = gc.get_count()[0]
b = [[] for _ in range(100)]
c2 = gc.get_count()[0]
print("100 lists freed:", c1 - c0, " 100 lists again:", c2 - c1)

# A collection resets generation 0 and counts one collection in generation 1.
gc.collect(0)
print("after collect(0):", gc.get_count()[0], gc.get_count()[1] > 0)
