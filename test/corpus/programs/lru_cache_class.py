"""An LRU cache class built on a dict and a doubly linked list, with statistics."""


class _Link:
    __slots__ = ("prev", "next", "key", "value")

    def __init__(self, key=None, value=None):
        self.prev = self.next = self
        self.key, self.value = key, value


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._map = {}
        self._root = _Link()
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, link):
        link.prev.next = link.next
        link.next.prev = link.prev

    def _push_front(self, link):
        root = self._root
        link.next = root.next
        link.prev = root
        root.next.prev = link
        root.next = link

    def get(self, key, default=None):
        link = self._map.get(key)
        if link is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(link)
        self._push_front(link)
        return link.value

    def put(self, key, value):
        link = self._map.get(key)
        if link is not None:
            link.value = value
            self._unlink(link)
            self._push_front(link)
            return
        if len(self._map) >= self.capacity:
            oldest = self._root.prev
            self._unlink(oldest)
            del self._map[oldest.key]
            self.evictions += 1
        link = _Link(key, value)
        self._map[key] = link
        self._push_front(link)

    def __contains__(self, key):
        return key in self._map

    def __len__(self):
        return len(self._map)

    def __getitem__(self, key):
        sentinel = object()
        value = self.get(key, sentinel)
        if value is sentinel:
            raise KeyError(key)
        return value

    __setitem__ = put

    def keys(self):
        link = self._root.next
        while link is not self._root:
            yield link.key
            link = link.next

    def __repr__(self):
        inner = ", ".join(f"{k!r}: {self._map[k].value!r}" for k in self.keys())
        return f"LRUCache({self.capacity}, {{{inner}}})"

    @property
    def hit_rate(self):
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


cache = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache[k] = v
print(cache, len(cache))
print(cache.get("a"), cache)
cache.put("d", 4)
print(cache, "b" in cache, "a" in cache)
cache["c"] = 30
print(cache)
try:
    cache["zzz"]
except KeyError as e:
    print("KeyError", e, repr(e))
print(cache.get("b", "missing"))
print(f"hits={cache.hits} misses={cache.misses} evictions={cache.evictions} rate={cache.hit_rate:.1%}")


def fib_with(cache, n):
    if n < 2:
        return n
    if n in cache:
        return cache[n]
    value = fib_with(cache, n - 1) + fib_with(cache, n - 2)
    cache[n] = value
    return value


for size in (2, 5, 50):
    c = LRUCache(size)
    print(size, fib_with(c, 40), len(c), c.hits, c.misses, c.evictions)

requests = "A B C A D B E A B C D E".split()
c = LRUCache(3)
trace = []
for r in requests:
    trace.append("hit" if c.get(r) is not None else "miss")
    c.put(r, r.lower())
print(" ".join(f"{r}:{t}" for r, t in zip(requests, trace)))
print(list(c.keys()), f"{c.hit_rate:.3f}")
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
