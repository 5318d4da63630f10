# Validating inputs with collections.abc: what a library checks before it accepts an argument.
import abc

token = abc.get_cache_token()
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, MutableMapping, Sequence, Sized
import collections
import collections.abc
from typing import TypeVar, get_origin

print("registrations at import:", abc.get_cache_token() - token)

T = TypeVar("T")


def describe(value):
    kinds = []
    for abc_class in (Sequence, Mapping, Iterable, Iterator, Sized, Hashable, Callable):
        if isinstance(value, abc_class):
            kinds.append(abc_class.__name__)
    return f"{type(value).__name__:>13}: {', '.join(kinds) or '-'}"


def first(items: Sequence[T]) -> T:
    if not isinstance(items, Sequence):
        raise TypeError(f"expected a sequence, got {type(items).__name__}")
    return items[0]


def merge(base: Mapping[str, int], extra: Mapping[str, int]) -> dict[str, int]:
    out = dict(base)
    out.update(extra)
    return out


class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __iter__(self):
        return iter(self.cards)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


for v in [[1, 2], (3,), "abc", range(4), {"a": 1}, {1, 2}, frozenset(), b"xy", 42, None,
          iter([1]), (n for n in range(2)), len, Deck("AKQ"), Point(1, 2), collections.deque([1]),
          collections.OrderedDict(), collections.Counter("aab"), {}.keys()]:
    print(describe(v))

print(first([10, 20]), first("xyz"), first(range(5, 9)))
try:
    first({3, 4})
except TypeError as e:
    print(e)
print(merge({"a": 1}, {"b": 2}), isinstance(collections.defaultdict(int), MutableMapping))
print(first.__annotations__)
print(Sequence[int], Mapping[str, list[int]], Callable[[int, str], bool], Callable[..., None])
print(collections.abc.Sequence is Sequence, issubclass(list, Sequence), issubclass(dict, Sized), issubclass(int, Iterable))
print(get_origin(Sequence[int]) is Sequence)
