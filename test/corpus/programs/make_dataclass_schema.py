"""Record classes built at run time from a schema with dataclasses.make_dataclass."""
import sys
from dataclasses import make_dataclass, field, fields, asdict, FrozenInstanceError

SCHEMA = {
    "Book": [("title", str), ("author", str), ("year", int, field(default=2000)), ("tags", list, field(default_factory=list))],
    "Member": ["name", ("books_out", int, field(default=0))],
}

classes = {name: make_dataclass(name, spec, namespace={"kind": lambda self: type(self).__name__.lower()})
           for name, spec in SCHEMA.items()}
Book, Member = classes["Book"], classes["Member"]

shelf = [Book("Dune", "Herbert", 1965), Book("Emma", "Austen", 1815, ["classic"]), Book("Untitled", "Anon")]
for b in sorted(shelf, key=lambda b: b.year):
    print(b)
print([f.name for f in fields(Book)], Book.__qualname__)
print(asdict(shelf[1]), shelf[0].kind(), Member("Ann").kind())
print(Member("Ann") == Member("Ann", 0), Member("Bo", 2))

Stamp = make_dataclass("Stamp", [("code", str), ("value", float)], frozen=True, order=True)
stamps = {Stamp("B", 1.5), Stamp("A", 0.5), Stamp("B", 1.5)}
print(sorted(stamps), len(stamps))
try:
    next(iter(stamps)).value = 9.0
except FrozenInstanceError as e:
    print("frozen:", e)

for bad in (["id", "id"], [("id", int, 0), "name"], ["def"]):
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print(type(e).__name__, str(e).split(" '")[0])

big = Book("Big", "X", 2024, list(range(100)))
print(sys.getsizeof(big.tags), len(asdict(big)["tags"]))
