# Searching records with next() over throw-away generator expressions, and `in` on
# classes that are iterable only through __iter__ or the old __getitem__ protocol.
import sys

orders = [
    {"id": 101, "customer": "ada", "total": 42.5, "items": ["pen", "ink"]},
    {"id": 102, "customer": "bob", "total": 7.0, "items": ["clip"]},
    {"id": 103, "customer": "ada", "total": 99.9, "items": ["desk", "lamp", "pen"]},
]

# The generator is only an argument: next() must keep it alive while it runs.
big = next(o for o in orders if o["total"] > 50)
print("first big order:", big["id"])
print("first bob order:", next((o["id"] for o in orders if o["customer"] == "bob"), None))
print("first carol order:", next((o["id"] for o in orders if o["customer"] == "carol"), "none"))
print("item lists:", next([i.upper() for i in o["items"]] for o in orders if len(o["items"]) > 2))
try:
    next(o for o in orders if o["total"] < 0)
except StopIteration as e:
    print("StopIteration", e.args)

def pairs(rows):
    # nested comprehension inside the element of a generator handed to next()
    return next([{a: "A", b: "B"}[k] for k in (b, a)] for (a, b) in rows if a < b)

print(pairs([(3, 1), (2, 5), (1, 9)]))
print(next(iter(range(10, 20))), next(reversed([1, 2, 3])))
gens = [next(x * x for x in range(n, 100) if x % 7 == 0) for n in range(1, 30, 6)]
print(gens)


class Basket:
    """Iterable only through __iter__ (no __contains__)."""
    def __init__(self, *things):
        self.things = list(things)

    def __iter__(self):
        return iter(self.things)


class Squares:
    """The old sequence protocol: __getitem__ until IndexError."""
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


b = Basket("apple", "pear", 3)
print("pear" in b, "kiwi" in b, 3 in b, 3.0 in b, "kiwi" not in b)
sq = Squares(6)
print(16 in sq, 17 in sq, list(sq), sum(sq), max(sq), sorted(sq, reverse=True)[:3])
it = iter(sq)
print(type(it).__name__, sys.getsizeof(it), next(it), next(it), list(it), list(it))
print([x for x in Squares(4)], tuple(Squares(3)), dict(enumerate(Squares(3))))
print(25 in (x * x for x in range(10)), 26 in map(int, "123"))
for bad in (5, object()):
    try:
        1 in bad
    except TypeError as e:
        print("TypeError:", e)
