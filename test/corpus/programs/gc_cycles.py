# Reference cycles: only the cyclic collector frees them; gc.collect() returns what it found.
import gc

gc.collect()
print(gc.get_threshold()[1:], gc.isenabled())

a = []
a.append(a)
del a
print(gc.collect())

x = [1]
y = [x]
x.append(y)
del x, y
print(gc.collect())

keep = []
keep.append(keep)
print(gc.collect(), len(gc.get_referrers(keep)) >= 1)
t = (1, 2, 3)
print(gc.is_tracked(t), gc.is_tracked([]), gc.is_tracked(1))
