# An inventory of dataclass records: order=True sorting, default_factory, asdict, replace.
import sys
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass


@dataclass(order=True)
class Item:
    category: str
    name: str
    price: float = 0.0
    quantity: int = 0
    tags: list = field(default_factory=list, compare=False)

    def total(self):
        return self.price * self.quantity


@dataclass
class Warehouse:
    city: str
    items: list = field(default_factory=list)
    notes: str = field(default="", repr=False)

    def add(self, item):
        self.items.append(item)
        return item

    def value(self):
        return sum(i.total() for i in self.items)


w = Warehouse("Lyon")
w.add(Item("tools", "hammer", 12.5, 4, ["steel"]))
w.add(Item("fruit", "apple", 0.4, 120))
w.add(Item("tools", "drill", 89.0, 2))
w.add(Item("fruit", "banana", 0.25, 80, ["yellow", "import"]))
w.add(Item("books", "atlas", 35.0, 1))

print(w)
print("items:", len(w.items), "value:", round(w.value(), 2))
for item in sorted(w.items):
    print(f"  {item.category:6} {item.name:8} {item.quantity:4} x {item.price:6.2f} = {item.total():8.2f}")

cheapest = min(w.items, key=lambda i: i.price)
print("cheapest:", cheapest)
print("max:", max(w.items))
print(Item("a", "b") < Item("a", "c"), Item("a", "b", 1.0) <= Item("a", "b", 1.0))
print(Item("x", "y", tags=[1]) == Item("x", "y", tags=[2]))
print(Item("x", "y") == ("x", "y", 0.0, 0, []))

restocked = replace(w.items[1], quantity=200)
print(restocked, restocked is w.items[1], w.items[1].quantity)

d = asdict(w)
print(d)
print(d["items"][0]["tags"] is w.items[0].tags)
print(astuple(w.items[3]))
print([f.name for f in fields(Item)], [f.name for f in fields(w)])
print(is_dataclass(Item), is_dataclass(w), is_dataclass(dict))

try:
    Item("tools")
except TypeError as e:
    print("TypeError:", e)
try:
    Item("a", "b", 1.0, 2, [], 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Item("a", "b", colour="red")
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Basket:
        contents: list = []
except ValueError as e:
    print("ValueError:", e)

print(Item.__hash__, Warehouse.__eq__ is not None)
print(sys.getsizeof(w.items[0]), sys.getsizeof(w))
