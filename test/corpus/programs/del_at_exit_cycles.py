# Finalization order at exit: a collection first (cycles the script left behind),
# then the module's globals, then what only containers held.
import gc


class Tracked:
    def __init__(self, tag, log):
        self.tag = tag
        self.log = log

    def __del__(self):
        self.log.append(self.tag)
        print("del", self.tag, "log size", len(self.log))


log = []
gc.disable()
first = Tracked("first", log)
ring = [Tracked(f"ring{i}", log) for i in range(3)]
for i, t in enumerate(ring):
    t.next = ring[(i + 1) % 3]
ring_head = ring[0]
del ring
matrix = [[Tracked(f"m{r}{c}", log) for c in range(2)] for r in range(2)]
gc.collect()
after_collect = Tracked("after", log)
nested = {"inner": [Tracked("deep", log)]}
print("gc enabled:", gc.isenabled())
print("log so far:", log)
