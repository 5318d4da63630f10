# A cache of expensive objects that does not keep them alive: weakref.WeakValueDictionary maps
# each key to a weak reference, so an entry disappears as soon as the last user drops the object.
import gc
import sys
import weakref


class Texture:
    """Pretend this is expensive to load (a decoded image)."""

    loads = 0

    def __init__(self, name):
        Texture.loads += 1
        self.name = name
        self.pixels = [0] * 256

    def __repr__(self):
        return f"Texture({self.name!r})"


class TextureCache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()
        self.hits = 0
        self.misses = 0

    def get(self, name):
        tex = self._cache.get(name)
        if tex is None:
            self.misses += 1
            tex = Texture(name)
            self._cache[name] = tex
        else:
            self.hits += 1
        return tex

    def __len__(self):
        return len(self._cache)


cache = TextureCache()
grass = cache.get("grass")
stone = cache.get("stone")
again = cache.get("grass")
print("same object:", again is grass)
print("cached:", sorted(cache._cache.keys()), "len", len(cache))
print("hits", cache.hits, "misses", cache.misses, "loads", Texture.loads)
print("WeakValueDictionary size:", sys.getsizeof(cache._cache))
print("entry is a", type(cache._cache.data["grass"]).__name__, sys.getsizeof(cache._cache.data["grass"]))
print("grass referrers: refcount", sys.getrefcount(grass))

# Drop every strong reference to the grass texture: the entry goes away immediately.
del grass, again
print("after del:", sorted(cache._cache.keys()), "grass" in cache._cache)
print(cache._cache.get("grass", "gone"))

# Loading it again is a miss.
grass = cache.get("grass")
print("loads", Texture.loads, "misses", cache.misses)

# Objects in a reference cycle stay until the collector finds them.
a = cache.get("water")
b = cache.get("lava")
a.partner = b
b.partner = a
del a, b
print("cycle still cached:", sorted(cache._cache.keys()))
gc.collect()
print("after gc.collect():", sorted(cache._cache.keys()))

# Iterating gives only live objects; items() pairs them with their keys.
for name, tex in sorted(cache._cache.items()):
    print(" ", name, tex, len(tex.pixels))
try:
    cache._cache["missing"]
except KeyError as e:
    print("KeyError", e)
print(cache._cache.pop("stone"), len(cache))
print(cache._cache.setdefault("stone", stone), len(cache))
del stone
print(len(cache), list(cache._cache.values()))

# A weak proxy stands for the object until it dies.
p = weakref.proxy(grass)
print(p.name, len(p.pixels), sys.getsizeof(p))
del grass
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
print("final cache:", len(cache))
