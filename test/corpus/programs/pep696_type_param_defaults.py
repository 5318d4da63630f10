# Type parameter defaults (PEP 696, Python 3.13): `class Box[T = int]`.
# 3.11 and 3.12 reject this file with a SyntaxError.
import typing


class Box[T = int]:
    def __init__(self, item: T) -> None:
        self.item = item

    def __repr__(self) -> str:
        return f"Box({self.item!r})"


class Mapping[K: str = str, V = list[K]]:
    pass


def make[T = float, *Ts = (), **P = [int, str]](x: T) -> T:
    return x


type Table[Row = dict[str, int]] = list[Row]

print(Box(3), Box[str]("s"))
T = Box.__type_params__[0]
print(T, T.__default__, T.has_default(), T.__bound__)
K, V = Mapping.__type_params__
print(K.__bound__, K.__default__, V.__default__, Mapping.__parameters__)
print([p.__default__ for p in make.__type_params__], make(2))
print(Table.__type_params__[0].__default__, Table.__value__)


def plain[U](u: U) -> U:
    return u


U = plain.__type_params__[0]
print(U.__default__, U.has_default(), U.__default__ is typing.NoDefault)
