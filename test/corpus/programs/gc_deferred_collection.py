# 3.11 collects inside the allocation that passes the threshold, even in the middle of one C
# call; 3.12 and 3.13 only schedule it, and it runs at the next eval-breaker check.
import gc

log = []
s = "a" * 5000
gc.collect()
gc.callbacks.append(lambda ph, info: log.append((ph, info["generation"], gc.get_count()[0])) if ph == "start" else None)
r = list(map(list, s))  # 5000 lists allocated inside one C call
x = 1
gc.callbacks.clear()
print(len(log), "collection(s), counts at start:", [c for _, _, c in log])

# In an ordinary Python loop every version starts at threshold + 1.
del r
gc.collect()
log.clear()
gc.callbacks.append(lambda ph, info: log.append(gc.get_count()[0]) if ph == "start" else None)
keep = []
for i in range(3000):
    keep.append([])
gc.callbacks.clear()
print("loop:", log)
