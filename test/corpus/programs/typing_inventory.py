# A typed inventory module: annotations with typing names evaluate at def time and print as CPython does.
from dataclasses import dataclass, field, fields
from typing import (Any, Callable, ClassVar, Dict, Generic, Iterator, List, NamedTuple, Optional, Tuple,
                    TypedDict, TypeVar, Union, cast, get_args, get_origin, get_type_hints, overload, TYPE_CHECKING)

T = TypeVar('T')
Number = Union[int, float]


class Location(NamedTuple):
    aisle: int
    shelf: int = 1

    def label(self) -> str:
        return f"A{self.aisle}-S{self.shelf}"


class ItemRecord(TypedDict):
    sku: str
    qty: int


@dataclass
class Item:
    sku: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    where: Optional[Location] = None
    count: ClassVar[int] = 0

    def value(self) -> float:
        return self.price * self.qty


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)


def total(items: List[Item], key: Callable[[Item], Number] = Item.value) -> float:
    return sum(key(i) for i in items)


def find(items: List[Item], sku: str) -> Optional[Item]:
    for i in items:
        if i.sku == sku:
            return i
    return None


def to_record(item: Item) -> ItemRecord:
    return ItemRecord(sku=item.sku, qty=item.qty)


def summary(stock: Dict[str, Tuple[int, float]]) -> list[tuple[str, float]]:
    return [(k, q * p) for k, (q, p) in stock.items()]


inventory = [
    Item('A-100', 2.5, 10, ['small'], Location(3)),
    Item('B-200', 12.0, 3, where=Location(1, 4)),
    Item('C-300', 0.99, 250),
]
print(total(inventory), find(inventory, 'B-200'), find(inventory, 'Z'))
print([f.name for f in fields(Item)], Item.count)
print(inventory[0].where, inventory[0].where.label(), Location._fields, Location._field_defaults)
print(to_record(inventory[2]), type(to_record(inventory[2])).__name__, ItemRecord.__annotations__)
undo: Stack[Item] = Stack()
for it in inventory:
    undo.push(it)
print(len(undo), undo.pop().sku, [i.sku for i in undo], Stack[int], Stack.__parameters__)
print(summary({'x': (2, 1.5), 'y': (1, 4.0)}))

print(get_type_hints(total))
print(find.__annotations__)
print(summary.__annotations__['return'], Optional[int], Union[int, str, None], Number)
print(List[int], Dict[str, List[int]], Tuple[int, ...], Callable[[int, str], bool], Callable[..., Any])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[str]), get_args(Callable[[int], str]))
print(Optional[int] == Union[int, None], int | None, list[int] | None, isinstance(3, int | str))
print(T, Any, ClassVar[int], cast(int, '7'), TYPE_CHECKING)


@overload
def scale(x: int) -> int: ...
@overload
def scale(x: float) -> float: ...
def scale(x):
    return x * 2


print(scale(3), scale(1.5))


from typing import Protocol, runtime_checkable


@runtime_checkable
class Priced(Protocol):
    price: float

    def value(self) -> float: ...


class Gift:
    price = 0.0


print(isinstance(inventory[0], Priced), isinstance(Gift(), Priced), isinstance('x', Priced))
