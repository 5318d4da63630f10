# Introspection a debugging helper does: dir() filters through __dir__, a dict's views and the
# dict behind them, weak references to built-ins, and the class hooks called directly.
import gc
import sys
import weakref


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3, 4)
own = object.__dir__(p)
print(type(own).__name__, sorted(n for n in own if not n.startswith("__")))
print(sorted(own) == dir(p))
print(sorted(n for n in type.__dir__(Point) if not n.startswith("__")))
print(len(type.__dir__(int)) == len(dir(int)), "bit_length" in type.__dir__(int))
public = [n for n in object.__dir__([]) if not n.startswith("_")]
print(sorted(public))

stock = {"apples": 3, "pears": 5}
keys = stock.keys()
m = keys.mapping
print(m, type(m).__name__, m["pears"], stock.items().mapping == stock)
print(sys.getsizeof(m), sys.getrefcount(stock))
stock["plums"] = 7
print(len(m), list(keys))
try:
    keys.mapping = {}
except AttributeError as e:
    print("AttributeError:", e)
del m

ref = weakref.ref(len)
proxy = weakref.proxy(len)
print(ref() is len, proxy("hello"), type(proxy).__name__, weakref.getweakrefcount(len))
del ref, proxy
print(weakref.getweakrefcount(len))

print(object.__subclasshook__(int), Point.__subclasshook__(int))
for t in (list, dict, tuple, set, frozenset, enumerate):
    alias = t.__class_getitem__(int)
    print(alias, type(alias).__name__, alias == t[int], alias.__origin__ is t)
print(dict.__class_getitem__((str, list[int])))
try:
    list.__class_getitem__()
except TypeError as e:
    print("TypeError:", e)
gc.collect()
print(gc.get_count())
