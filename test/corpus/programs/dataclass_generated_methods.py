# What @dataclass writes into a class: a signature docstring, real Python methods
# (with annotations, defaults and qualified names), the parameters object and the fields.
import copy
import dataclasses
import inspect
import sys
from dataclasses import InitVar, KW_ONLY, dataclass, field
from typing import ClassVar


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass(order=True, frozen=True)
class Book:
    title: 'str'
    tags: list = field(default_factory=list)
    shelf: ClassVar[int] = 3
    copies: InitVar[int] = 1
    _: KW_ONLY
    price: float = 9.5
    isbn: str = field(init=False, default='?')

    def __post_init__(self, copies):
        object.__setattr__(self, 'isbn', f'{self.title[:3].upper()}-{copies}')


@dataclass(init=False)
class Empty:
    z: int = 1


@dataclass
class Documented:
    """A class that says what it is."""
    v: int


for cls in (Point, Book, Empty, Documented):
    print(cls.__name__, '->', cls.__doc__)

print()
for name in ('__init__', '__repr__', '__eq__', '__lt__', '__hash__', '__setattr__', '__delattr__'):
    fn = Book.__dict__[name]
    print(f'{name:12} {type(fn).__name__:9} {fn.__qualname__:18} {fn.__module__} {fn.__annotations__}')
print('init defaults:', Book.__init__.__defaults__, Book.__init__.__kwdefaults__)
print('init varnames:', Book.__init__.__code__.co_varnames, Book.__init__.__code__.co_argcount)
print('init code:', Book.__init__.__code__.co_name, Book.__init__.__code__.co_filename)
print('repr wraps:', Book.__repr__.__wrapped__.__qualname__)
print('signatures:', inspect.signature(Book), inspect.signature(Point.__eq__), inspect.signature(Book.__setattr__))
print('match args:', Point.__match_args__, Book.__match_args__)
print('hash:', Point.__hash__, Book.__hash__.__qualname__)

print()
print(Point.__dataclass_params__)
print(Book.__dataclass_params__)
print('params size:', sys.getsizeof(Point.__dataclass_params__))
print('frozen/order:', Book.__dataclass_params__.frozen, Book.__dataclass_params__.order)
for f in Book.__dataclass_fields__.values():
    print(f'  {f.name:6} {str(f._field_type):16} kw_only={f.kw_only is True} init={f.init} default={f.default!r:.20}')

print()
b = Book('Dune', ['scifi'], 4, price=12.0)
print(b, b.isbn)
try:
    b.price = 1
except dataclasses.FrozenInstanceError as e:
    print('frozen:', e)
print('ordering:', Book('Emma') < Book('Dune'), Book('Dune') <= Book('Dune'), b == Book('Dune', ['scifi'], 4, price=12.0))
try:
    hash(b)
except TypeError as e:
    print('hash:', e)
p = Point(1, 2)
print(dataclasses.replace(p, y=5), dataclasses.fields(p)[1].name, dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point))
if sys.version_info >= (3, 13):
    print(copy.replace(p, x=7), Point.__replace__.__name__)
else:
    print(dataclasses.replace(p, x=7), 'replace')
nested = Book('Go', [['a'], 'b'])
d = dataclasses.asdict(nested)
t = dataclasses.astuple(nested)
print(d, t)
print('deep copies:', d['tags'] is not nested.tags, d['tags'][0] is not nested.tags[0], t[1][0] is not nested.tags[0])
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Book('x', isbn='y')
except TypeError as e:
    print(e)


# Argument errors name a function by its __qualname__, which dataclasses set.
def area(w, *, h):
    return w * h


area.__qualname__ = 'Shape.area'
for call in (lambda: area(1, 2), lambda: area(), lambda: area(1, d=1), lambda: area(1)):
    try:
        call()
    except TypeError as e:
        print(e)
