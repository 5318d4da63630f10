# Comparing two inventories with dict views: keys() and items() behave like sets.
store_a = {"apples": 12, "pears": 4, "plums": 0, "figs": 7}
store_b = {"pears": 4, "figs": 9, "kiwis": 3}

both = store_a.keys() & store_b.keys()
either = store_a.keys() | store_b.keys()
only_a = store_a.keys() - store_b.keys()
one_side = store_a.keys() ^ store_b.keys()
print(type(both).__name__, sorted(both), sorted(either), sorted(only_a), sorted(one_side))

same_stock = store_a.items() & store_b.items()
changed = {name for name, _ in store_a.items() ^ store_b.items()} & both
print(sorted(same_stock), sorted(changed))

# a view combines with any iterable, on either side
print(sorted(store_a.keys() & ["figs", "dates", "apples"]), sorted({"dates"} | store_b.keys()))
print(sorted(["kiwis", "plums"] - store_b.keys()) if False else sorted({"kiwis", "plums"} - store_b.keys()))
print(store_a.keys().isdisjoint({"kiwis"}), store_a.keys().isdisjoint(["figs"]), store_b.items().isdisjoint([("kiwis", 3)]))

# comparisons against sets and other views
print(store_b.keys() == {"pears", "figs", "kiwis"}, store_b.keys() != {"pears"}, {"figs", "pears"} < store_b.keys())
print(store_a.keys() >= {"apples"}, store_a.keys() <= either, dict(store_b).keys() == store_b.keys())
print(store_a.items() == {("apples", 12), ("pears", 4), ("plums", 0), ("figs", 7)}, store_a.values() == store_a.values())

# membership falls back to iteration when a class has no __contains__
class Shelf:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        print("  (iterating the shelf)")
        return iter(self.items)

class OldStyleRow:
    def __getitem__(self, index):
        if index >= 3:
            raise IndexError(index)
        return index * 10

shelf = Shelf("figs", "pears")
print("figs" in shelf, "kiwis" in shelf, 20 in OldStyleRow(), 25 in OldStyleRow())
print(3 in (x * 3 for x in range(5)), 4 in map(abs, [-1, -2]))

class NoContainer:
    __contains__ = None
    def __iter__(self):
        return iter([1])
for thing in [NoContainer(), 42, object()]:
    try:
        1 in thing
    except TypeError as err:
        print("TypeError:", err)
for bad in [lambda: store_a.values() & {1}, lambda: store_a.keys() & 5]:
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)

# map(next, iterators) stops when one iterator is exhausted, as zip does
iterators = [iter("ab"), iter("xyz"), iter("")]
print(list(map(next, iterators)), list(map(next, [iter("ab"), iter("xyz")])))

# layered settings with ChainMap compare by their merged items; __import__ by name
from collections import ChainMap
defaults = {"theme": "light", "size": 12}
settings = ChainMap({"size": 14}, defaults)
session = settings.new_child({"theme": "dark"})
print(session.parents == settings, session == {"theme": "dark", "size": 14}, settings != defaults)
for name in ["math", "itertools", "collections"]:
    module = __import__(name)
    print(module.__name__, type(module).__name__)
