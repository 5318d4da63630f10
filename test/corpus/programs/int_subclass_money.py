"""int subclasses: a Money type that keeps a currency, and plain int flags."""


class Money(int):
    """Cents as an int that prints as currency."""

    def __new__(cls, cents, currency="EUR"):
        obj = super().__new__(cls, cents)
        obj.currency = currency
        return obj

    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"

    def __str__(self):
        return f"{self // 100}.{self % 100:02d} {self.currency}"

    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)

    __radd__ = __add__


price = Money(1999)
total = price + Money(501) + 100
print(price, repr(total), total, isinstance(total, int), type(total).__name__)
print(sum([Money(1), Money(2), Money(3)]), int(price) * 2, price * 2, type(price * 2).__name__)
print(price == 1999, hash(price) == hash(1999), price > 1000, bin(Money(5)), f"{Money(255):x}")
print(sorted([Money(300), Money(100), 200]), max(Money(5), Money(9)))


class Flags(int):
    pass


f = Flags(6)
print(f & 2, f | 1, type(f | 1).__name__, f.bit_length(), f.__class__.__bases__)
print(Money.__mro__, isinstance(True, int), type(Money(5) - 1).__name__, -Money(3), abs(Money(-4)))
