# gc.collect() returns the unreachable objects it found; gc.garbage keeps them with
# DEBUG_SAVEALL; gc.get_stats() counts per generation; gc.freeze() moves everything to the
# permanent generation.
import gc

gc.disable()
gc.collect()


class P:
    pass


l = []
l.append(l)
del l
print("self-referencing list:", gc.collect())
d = {}
d["self"] = d
del d
print("self-referencing dict:", gc.collect())
a = [1]
b = [a]
a.append(b)
del a, b
print("two lists:", gc.collect())
p = P()
q = P()
p.other = q
q.other = p
del p, q
print("two instances:", gc.collect())
t = ([],)
t[0].append(t)
del t
print("tuple and list:", gc.collect())
print("nothing:", gc.collect())

before = [dict(s) for s in gc.get_stats()]
x = []
x.append(x)
del x
gc.collect(0)
gc.collect(1)
gc.collect()
after = gc.get_stats()
print("get_stats keys:", sorted(after[0]))
print("stats delta:", [{k: after[g][k] - before[g][k] for k in sorted(after[g])} for g in range(3)])

gc.set_debug(gc.DEBUG_SAVEALL)
y = [1, 2]
y.append(y)
del y
print("saveall collect:", gc.collect(), "garbage:", gc.garbage, gc.get_debug() == gc.DEBUG_SAVEALL)
print("saved list tracked:", gc.is_tracked(gc.garbage[0]))
gc.set_debug(0)
gc.garbage[0].clear()
gc.garbage.clear()

f0 = gc.get_freeze_count()
keep = [[] for _ in range(5)]
gc.freeze()
f1 = gc.get_freeze_count()
print("freeze grew by at least 5:", f1 - f0 >= 5, "count after freeze:", gc.get_count()[0] >= 0)
print("frozen objects are not collected:", gc.collect())
gc.unfreeze()
print("unfreeze:", gc.get_freeze_count())
