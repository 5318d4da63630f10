# `type` statements (PEP 695, Python 3.12): type aliases whose value is evaluated lazily.
import gc
import sys

type Vector = list[float]
type Matrix = list[Vector]
type Pairs[K, V] = list[tuple[K, V]]
type Tree = dict[str, Tree] | None
type Later = SomethingDefinedLater
type Callback[**P] = int
type Row[*Ts] = tuple[int, str]


def scale(v: Vector, k: float) -> Vector:
    return [x * k for x in v]


print(scale([1.0, 2.5], 2))
print(Vector, repr(Matrix), type(Vector).__name__)
print(Vector.__name__, Vector.__value__, Matrix.__value__)
print(Vector.__type_params__, Pairs.__type_params__, Pairs.__value__)
print(Pairs[str, int], Pairs[str, int].__args__, Pairs[str, int].__origin__ is Pairs)
print(Tree.__value__)
print(Vector.__module__, Vector.__parameters__, Pairs.__parameters__)
print(Callback.__type_params__, Row.__type_params__)
try:
    Later.__value__
except NameError as e:
    print("NameError:", e)
SomethingDefinedLater = bytes
print(Later.__value__)
try:
    Vector[int]
except TypeError as e:
    print("TypeError:", e)
print(scale.__annotations__)

def outer():
    type Local = set[int]
    return Local
print(outer(), outer().__value__)

class Config:
    type Options = dict[str, str]
print(Config.Options, Config.Options.__value__)

print(sys.getsizeof(Vector), gc.is_tracked(Vector), sys.getsizeof(Pairs.__type_params__[0]))
type = "a soft keyword stays a name"
print(type)
