# gc.is_tracked: tuples are untracked by the first collection that sees only atomic items in
# them; dicts start untracked, are tracked when a container goes in, and are untracked again
# only by a full collection.
import gc

gc.disable()
n = len("x")
cases = {
    "tuple (n,2)": lambda: (n, 2),
    "tuple (n,[])": lambda: (n, []),
    "tuple (n,'s')": lambda: (n, "s"),
    "tuple ((n,),)": lambda: ((n,),),
    "tuple ()": lambda: (),
    "dict {}": lambda: {},
    "dict {n:2}": lambda: {n: 2},
    "dict {n:[]}": lambda: {n: []},
    "dict {(n,1):2}": lambda: {(n, 1): 2},
    "list []": lambda: [],
    "set()": lambda: set(),
    "frozenset({n})": lambda: frozenset({n}),
    "function": lambda: (lambda: n),
}
objs = {k: f() for k, f in cases.items()}
print("at creation:")
for k, v in objs.items():
    print(f"  {k:16s} {gc.is_tracked(v)}")
gc.collect(0)
print("after collect(0):", [k for k, v in objs.items() if gc.is_tracked(v)])
gc.collect()
print("after collect():", [k for k, v in objs.items() if gc.is_tracked(v)])
d = {1: 2}
steps = [gc.is_tracked(d)]
d[2] = []
steps.append(gc.is_tracked(d))
del d[2]
steps.append(gc.is_tracked(d))
gc.collect(1)
steps.append(gc.is_tracked(d))
gc.collect()
steps.append(gc.is_tracked(d))
print("dict {1:2}, d[2]=[], del, collect(1), collect():", steps)
t = (n, 2)
gc.collect(1)
print("tuple after collect(1):", gc.is_tracked(t))
print("ints, strs, None:", gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None))
