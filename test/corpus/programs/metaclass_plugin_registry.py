"""A plugin system: a registry metaclass, class keywords, a singleton settings object."""
import sys


class PluginMeta(type):
    """Registers every concrete plugin under its name (or the name given as a class keyword)."""

    registry = {}

    def __new__(mcs, name, bases, namespace, **options):
        cls = super().__new__(mcs, name, bases, namespace)
        if bases:  # the abstract root registers nothing
            key = options.get("key", name.lower())
            if key in mcs.registry:
                raise ValueError(f"duplicate plugin {key!r}")
            mcs.registry[key] = cls
        return cls

    def __init__(cls, name, bases, namespace, **options):
        super().__init__(name, bases, namespace)
        cls.priority = options.get("priority", 0)

    def __repr__(cls):
        return f"<plugin {cls.__name__} priority={cls.priority}>"

    def __len__(cls):
        return len(PluginMeta.registry)


class Plugin(metaclass=PluginMeta):
    def handle(self, text):
        raise NotImplementedError


class Upper(Plugin, priority=2):
    def handle(self, text):
        return text.upper()


class Reverse(Plugin, key="rev", priority=5):
    def handle(self, text):
        return text[::-1]


class Strip(Plugin):
    def handle(self, text):
        return text.strip()


print("registered:", sorted(PluginMeta.registry))
print("plugins:", len(Plugin))
for key, cls in sorted(PluginMeta.registry.items(), key=lambda kv: -kv[1].priority):
    print(f"  {key:<8} {cls!r:<32} -> {cls().handle('  Heap Inspector ')!r}")

try:
    class Again(Plugin, key="rev"):
        pass
except ValueError as e:
    print("ValueError:", e)

print(type(Upper) is PluginMeta, isinstance(Upper, type), issubclass(Upper, Plugin))
print(Upper.__mro__)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print(f"creating the one {cls.__name__}")
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Settings(metaclass=Singleton):
    def __init__(self, theme="dark"):
        self.theme = theme


s1 = Settings()
s2 = Settings(theme="light")
print(s1 is s2, s2.theme)


class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

# A class made by a metaclass is the same size as any class; the metaclass itself has no
# instance dict keys of its own.
print(sys.getsizeof(Upper) == sys.getsizeof(Settings), sys.getsizeof(Upper), sys.getsizeof(PluginMeta))
print(sys.getrefcount(PluginMeta) > 2)

Point = type("Point", (), {"x": 0, "y": 0, "__repr__": lambda self: f"Point({self.x}, {self.y})"})
p = Point()
p.x = 3
print(p, type(Point).__name__, Point.__name__)
