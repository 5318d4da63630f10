# The long-lived heuristic: a growing heap's first generation-2 collection comes after 11
# generation-1 collections, at collection index 132 (gen-2 count 11 > 10 and enough pending).
import gc


class C:
    pass


log = []


def cb(phase, info):
    if phase == "start":
        log.append((info["generation"], gc.get_count()))


keep = []
gc.collect()
gc.callbacks.append(cb)
n = 100000 if gc.get_threshold()[0] < 1000 else 280000
for i in range(n):
    keep.append(C())
gc.callbacks.clear()
g2 = [i for i, (g, c) in enumerate(log) if g == 2]
print("collections:", len(log), "gen2 at", g2[:2], "counts:", [log[i][1] for i in g2[:2]])
print("gen1 at", [i for i, (g, c) in enumerate(log) if g == 1][:3])
