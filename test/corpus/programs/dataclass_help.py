# help() on dataclasses: pydoc lists the generated methods with their real signatures.
from dataclasses import dataclass, field
from typing import ClassVar


@dataclass
class Point:
    x: int
    y: int = 0


help(Point)
help(Point(1, 2))


@dataclass(order=True, frozen=True)
class Item:
    """An inventory item."""
    name: str
    tags: list = field(default_factory=list)
    count: ClassVar[int] = 0
    price: float = field(default=1.0, kw_only=True)

    def total(self, n: int) -> float:
        """Price of n items."""
        return self.price * n


help(Item)
print(Item('pen', price=2.0).total(3))
