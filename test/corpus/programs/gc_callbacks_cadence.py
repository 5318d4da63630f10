# gc.callbacks see every automatic collection of a growing heap: 'start' with the counts not yet
# reset (threshold + 1), 'stop' with the info dict; gen 1 is collected after 10 gen-0 ones.
import gc

log = []


def cb(phase, info):
    if phase == "start":
        log.append(("start", info["generation"], gc.get_count()))
    else:
        log.append(("stop", info["generation"], info["collected"], info["uncollectable"], gc.get_count()))


class C:
    pass


keep = []
gc.collect()
gc.callbacks.append(cb)
for i in range(25000):
    keep.append(C())
gc.callbacks.clear()
starts = [e for e in log if e[0] == "start"]
stops = [e for e in log if e[0] == "stop"]
print("threshold:", gc.get_threshold())
print("first 3 starts:", [(e[1], e[2]) for e in starts[:3]])
print("generations:", "".join(str(e[1]) for e in starts))
print("first 3 stops:", stops[:3])
print("collections:", len(starts), len(stops))
print("info keys:", sorted(k for k in ("generation", "collected", "uncollectable")))

# gc.collect() calls them too, with the generation asked for
seen = []
gc.callbacks.append(lambda phase, info: seen.append((phase, sorted(info.items()))))
l = []
l.append(l)
del l
print("collect(1) ->", gc.collect(1))
gc.callbacks.clear()
print(seen)
