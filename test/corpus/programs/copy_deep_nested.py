# Shallow and deep copies of nested structures: identity, equality and sharing.
import copy

inner = [1, 2]
outer = [inner, inner, (3, 4), {"k": inner}]
s = copy.copy(outer)
d = copy.deepcopy(outer)
print(s == outer, s is outer, s[0] is inner, s[3] is outer[3])
print(d == outer, d[0] is inner, d[0] is d[1], d[3]["k"] is d[0])
t = (1, "a", (2, 3))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
dt2 = copy.deepcopy(t2)
print(dt2 == t2, dt2 is t2, dt2[1] is t2[1])
fs = frozenset({1, 2})
print(copy.copy(fs) is fs, copy.deepcopy(fs) == fs)
st = {1, 2, 3}
print(copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(st) == st)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc[1] is cyc)
dd = {"a": [1], "b": {"c": (5, [6])}}
ddc = copy.deepcopy(dd)
ddc["b"]["c"][1].append(7)
print(dd, ddc)
print(copy.copy(None) is None, copy.deepcopy(len) is len)
