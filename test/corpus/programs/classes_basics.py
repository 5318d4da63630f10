"""Classes: a linked list, a bank account with properties, shapes with super(), dunders."""


class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __len__(self):
        return self.size

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __contains__(self, value):
        for v in self:
            if v == value:
                return True
        return False

    def __repr__(self):
        return "LinkedList(" + ", ".join(repr(v) for v in self) + ")"


items = LinkedList()
for i in range(5):
    items.push(i * i)
print(items, len(items), 9 in items, 10 in items, bool(items), bool(LinkedList()))


class Account:
    interest = 0.5

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount - self._balance)
        self.balance = self._balance - amount
        return self.balance

    @staticmethod
    def describe():
        return "an account"

    @classmethod
    def open(cls, owner):
        return cls(owner, 10)


acct = Account.open("ada")
print(acct.owner, acct.balance, acct.withdraw(3), Account.describe(), acct.interest)
try:
    acct.withdraw(100)
except InsufficientFunds as e:
    print("error:", e, e.needed, isinstance(e, Exception), type(e).__name__)
try:
    acct.balance = -1
except ValueError as e:
    print("error:", e)


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def __str__(self):
        return f"{self.name} with area {self.area()}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return isinstance(other, Shape) and self.area() == other.area()


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def area(self):
        return super().area()


shapes = [Rect(2, 3), Square(2), Shape("dot")]
for s in shapes:
    print(s)
print(sorted(s.area() for s in shapes), Square(2) < Rect(2, 3), Square(2) == Rect(1, 4), Square(1) != Rect(1, 1))
print(isinstance(shapes[1], Rect), issubclass(Square, Shape), issubclass(Shape, Rect), type(shapes[1]) is Square)
print(Square.__mro__)
print(Square.__name__, Square.__qualname__, Rect.__bases__)


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __call__(self, scale):
        return self.x * scale

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


v = Vector(1, 2) + Vector(3, 4)
print(v, v * 2, 3 * v, v[0], v[1], v(10))
v += Vector(1, 1)
print(v, getattr(v, "x"), getattr(v, "z", "none"), hasattr(v, "y"))
setattr(v, "z", 5)
del v.z
print(hasattr(v, "z"), v.x)
bound = v.__repr__
print(type(bound).__name__, bound())


class Managed:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("enter", self.label)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.label, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


with Managed("a") as m:
    print("inside", m.label)
with Managed("b"):
    raise KeyError("swallowed")
print("after with")
