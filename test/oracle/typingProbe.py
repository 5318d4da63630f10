import sys
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable, Iterator,
    Generator, Sequence, Mapping, MutableMapping, Type, TypeVar, Generic, Protocol, runtime_checkable, Literal,
    Final, ClassVar, Annotated, cast, overload, no_type_check, TYPE_CHECKING, NamedTuple, TypedDict,
    get_type_hints, get_origin, get_args)
T = TypeVar('T')
print(Any, Optional[int], Union[int, str], Union[int, None], Optional[Union[int, str]], List[int], Dict[str, int])
print(Tuple[int, ...], Tuple[int, str], Set[int], FrozenSet[str], Callable[[int, str], bool], Callable[..., int])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[int], Mapping[str, int], MutableMapping[str, int])
print(Type[int], T, repr(T), Literal['a', 1], Final[int], ClassVar[int], Annotated[int, 'meta'], List, Dict, Optional)
print(list[int], dict[str, list[int]], tuple[int, ...], int | None, int | str, type(list[int]), type(int | None))
print(List[T], Dict[str, T], Union[int], Union[int, int, str])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]), get_origin(list[int]), get_args(int | str))
print(get_origin(int), get_args(int), get_origin(Callable[[int], str]), get_args(Callable[[int], str]))
print(cast(int, '3'), TYPE_CHECKING)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
print(Stack[int], Stack.__mro__, Stack[int]().items, Stack.__parameters__)
class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int: return self.x + self.y
print(P(1), P(1, 2).norm(), P._fields, P.__mro__, P._field_defaults, sys.getsizeof(P(1,2)))
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title='x', year=1)
print(m, type(m), Movie.__annotations__, Movie.__mro__ if hasattr(Movie,'__mro__') else '')
def f(a: int, b: Optional[str] = None) -> List[int]: return [a]
print(get_type_hints(f), f.__annotations__)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1))
print(Optional[int] == Union[int, None], List[int] == List[int], hash(List[int]) == hash(List[int]))
print(isinstance([], List), isinstance(3, int | str))
print(Union[int, str] | None, List[int] | None)
