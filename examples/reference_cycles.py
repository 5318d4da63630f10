"""Reference cycles and the cyclic garbage collector.

Reference counting frees an object the moment its count drops to zero. Objects that refer to each
other in a cycle keep each other's counts above zero after the program drops them, so refcounting
alone never frees them. The cyclic GC (Modules/gcmodule.c, Python/gc.c in 3.13) periodically walks
the container objects it tracks, finds groups reachable only from inside themselves, and frees them.
gc.collect() runs it now and returns how many unreachable objects it found.
"""
import gc


class Node:
    """A node of a doubly linked ring: every node is part of a cycle."""

    def __init__(self, name):
        self.name = name
        self.next = None
        self.prev = None


def make_ring(size):
    nodes = [Node(f"n{i}") for i in range(size)]
    for i, node in enumerate(nodes):
        node.next = nodes[(i + 1) % size]
        node.prev = nodes[i - 1]
    return nodes[0]


gc.disable()        # keep automatic collections from running at a moment we don't choose
gc.collect()        # start from a clean slate

ring = make_ring(10)
print("ring built; first node:", ring.name, "->", ring.next.name)

del ring            # no name refers to the ring now, but each node is still referenced by two others
found = gc.collect()
print("gc.collect() found", found, "unreachable objects")   # 10: the nodes of the ring

# A self-referencing list is the smallest cycle.
box = []
box.append(box)
del box
print("self-referencing list collected:", gc.collect() >= 1)

# Without a cycle, refcounting frees immediately and the collector finds nothing.
plain = [Node("solo") for _ in range(10)]
del plain
print("no cycles, gc.collect() found", gc.collect())

gc.enable()
print("gc thresholds:", gc.get_threshold())
