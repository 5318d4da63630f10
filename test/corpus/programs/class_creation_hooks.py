"""Class-creation hooks a framework uses: __init_subclass__ with keywords, __set_name__
descriptors, __class_getitem__, __prepare__ and a metaclass's __instancecheck__."""


class Validated:
    """A descriptor that learns its attribute name from __set_name__."""

    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)


class Record:
    tables = {}

    def __init_subclass__(cls, /, table=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.table = table or cls.__name__.lower() + "s"
        Record.tables[cls.table] = cls

    def __class_getitem__(cls, key):
        return f"{cls.__name__}[{key!r}] from table {cls.table}"


class User(Record, table="people"):
    name = Validated(str)
    age = Validated(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


class Order(Record):
    total = Validated(float)


print(sorted(Record.tables), User.table, Order.table)
u = User("ada", 36)
print(u.name, u.age, User.name.private, Order.total.name)
try:
    u.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(User[7])

try:
    class Broken(Record, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Enumerated(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        return {"_start": kwargs.get("start", 1)}

    def __new__(mcs, name, bases, ns, **kwargs):
        n = ns["_start"]
        for key in [k for k in ns if k.isupper()]:
            ns[key] = n
            n += 1
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)

    def __iter__(cls):
        return iter([k for k in vars_of(cls) if k.isupper()])

    def __instancecheck__(cls, value):
        return value in [getattr(cls, k) for k in cls]


def vars_of(cls):
    return [k for k in ("RED", "GREEN", "BLUE", "LOW", "HIGH") if hasattr(cls, k)]


class Color(metaclass=Enumerated):
    RED = None
    GREEN = None
    BLUE = None


class Level(metaclass=Enumerated, start=10):
    LOW = None
    HIGH = None


print(Color.RED, Color.GREEN, Color.BLUE, list(Color))
print(Level.LOW, Level.HIGH, isinstance(11, Level), isinstance(3, Level), isinstance(2, Color))
print(type(Color).__name__, Color.__class__.__name__, Level.mro())
