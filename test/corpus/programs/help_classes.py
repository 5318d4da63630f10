# help() on the classes of a small inventory program: what a teacher shows
# to explain methods, properties, class methods and inheritance.


# A stock item kept in the inventory.
# Prices are in cents.
class Item:
    """An item in stock.

    Items know their name, price and quantity.
    """

    currency = "EUR"
    categories = ["tools", "toys", "books"]
    limits = {"max_qty": 100, "min_qty": 0, "alert": 5}

    def __init__(self, name: str, price: int, qty: int = 0, *, sku=None):
        self.name = name
        self.price = price
        self.qty = qty
        self.sku = sku

    def total(self) -> int:
        """Value of the stock of this item, in cents."""
        return self.price * self.qty

    def restock(self, amount=10):
        self.qty += amount

    @property
    def label(self):
        """Name and price, for the shelf."""
        return f"{self.name} ({self.price / 100:.2f} {self.currency})"

    @property
    def stock(self):
        return self.qty

    @stock.setter
    def stock(self, value):
        self.qty = value

    @classmethod
    def free(cls, name):
        "A give-away item."
        return cls(name, 0)

    @staticmethod
    def cents(euros: float) -> int:
        return round(euros * 100)

    def __repr__(self):
        return f"Item({self.name!r})"


class Perishable(Item):
    # Days until the item goes off.
    shelf_life = 7

    def total(self) -> int:
        return super().total() // 2

    def expires_in(self, days_passed, /, warn=True, *extra, **options):
        """Days left before the item must be thrown away."""
        return self.shelf_life - days_passed


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Empty:
    pass


# Where items are stored.
#
class Shelf:
    def __init__(self, code):
        self.code = code


def tag(func):
    return func


# Prints a receipt line.
@tag
def receipt(item, qty=1):
    print(item, qty)


def describe(item: Item, verbose: bool = False, width_of_the_label_column: int = 40, currency_symbol_to_print: str = "EUR") -> str:
    """Describe an item for the report.

    Verbose mode adds the price.
    """
    return item.name


print("== classes")
help(Item)
help(Perishable)
help(Point)
help(Empty)
help(Shelf)
print("== an instance")
help(Item("hammer", 1250))
print("== functions and methods")
help(describe)
help(receipt)
help(Perishable("milk", 99).expires_in)
help(Item.free)
help(lambda a, b=2: a + b)
print("done")
