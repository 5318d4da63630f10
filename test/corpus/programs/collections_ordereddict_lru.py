# An LRU cache built on collections.OrderedDict: move_to_end on every hit, popitem(last=False)
# to evict, and what the ordered dict costs (a 32-byte node per key plus the fast-nodes array).
import sys
import gc
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        return None

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print("  evict", old)


cache = LRUCache(3)
for k in "abc":
    cache.put(k, k.upper())
print(list(cache.data))
cache.get("a")
cache.put("d", "D")
cache.get("b")
cache.put("e", "E")
print(list(cache.data.items()), cache.hits, cache.misses)
print(cache.data)

od = OrderedDict()
sizes = [sys.getsizeof(od)]
for i in range(12):
    od[f"k{i}"] = i
    sizes.append(sys.getsizeof(od))
print("growth", sizes)
od.move_to_end("k0")
od.move_to_end("k11", last=False)
print("after moves", sys.getsizeof(od), list(od)[:3], list(od)[-2:])
del od["k5"]
print("after del", sys.getsizeof(od), od.popitem(), od.popitem(last=False))
print("dict of same keys", sys.getsizeof(dict(od)))
od.clear()
print("cleared", sys.getsizeof(od), od)

a = OrderedDict.fromkeys("xyz", 0)
b = OrderedDict.fromkeys("zyx", 0)
print(a == b, dict(a) == dict(b), a == {"x": 0, "y": 0, "z": 0})
print(a.pop("y"), a.setdefault("w", 5), a)
a.update([("q", 1)], r=2)
print(a, len(a), a.copy() == a)

key = "".join(["sess", "ion"])
before = sys.getrefcount(key)
a[key] = 1
print("refcount delta in OrderedDict", sys.getrefcount(key) - before)
plain = {key: 1}
print("refcount delta in dict", sys.getrefcount(key) - before - 1)
print("tracked", gc.is_tracked(OrderedDict()), gc.is_tracked({}))
print("empty sizes", sys.getsizeof(OrderedDict()), sys.getsizeof({}))
