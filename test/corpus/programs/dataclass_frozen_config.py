# A frozen configuration object: immutability, hashing, __post_init__ validation, InitVar,
# KW_ONLY, slots=True, inheritance of fields, recursion-safe repr.
import sys
from dataclasses import dataclass, field, FrozenInstanceError, InitVar, KW_ONLY, fields, replace


@dataclass(frozen=True)
class Config:
    host: str
    port: int = 8080
    debug: bool = False
    retries: int = field(default=3, repr=False)

    def __post_init__(self):
        if not 0 < self.port < 65536:
            raise ValueError(f"bad port {self.port}")


base = Config("localhost")
print(base)
print(base == Config("localhost", 8080), base != Config("example.org"))
print(hash(base) == hash(("localhost", 8080, False, 3)))
cache = {base: "primary", Config("example.org", 443): "secondary"}
print(cache[Config("localhost")], len(cache))

try:
    base.port = 9090
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del base.host
except AttributeError as e:
    print("AttributeError:", type(e).__name__, e)
try:
    Config("h", 70000)
except ValueError as e:
    print("ValueError:", e)

dev = replace(base, debug=True, port=5000)
print(dev, dev.retries)


@dataclass
class Service(object):
    name: str
    config: Config
    _: KW_ONLY
    replicas: int = 1
    labels: dict = field(default_factory=dict)


s = Service("api", dev, replicas=3)
print(s)
print(Service.__match_args__)
try:
    Service("web", base, 2)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Scaled:
    value: float
    factor: InitVar[float] = 2.0

    def __post_init__(self, factor):
        self.value = self.value * factor


print(Scaled(1.5), Scaled(1.5, 10), [f.name for f in fields(Scaled)])


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    parent: "Node" = None


root = Node("root")
leaf = Node("leaf", parent=root)
root.children.append(leaf)
print(root)


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Point3(Point):
    z: int = 0


@dataclass(slots=True)
class SlotPoint:
    x: int
    y: int


p, q, sp = Point(1, 2), Point3(1, 2, 3), SlotPoint(1, 2)
print(p, q, sp, [f.name for f in fields(q)])
print(p == Point(1, 2), p == q, SlotPoint.__slots__)
try:
    sp.z = 5
except AttributeError as e:
    print("AttributeError:", e)
print(sys.getsizeof(p), sys.getsizeof(q), sys.getsizeof(sp), sys.getsizeof(base))
