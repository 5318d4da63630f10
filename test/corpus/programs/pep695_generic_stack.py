# A generic Stack[T] written with Python 3.12's type parameter syntax (PEP 695).
# On 3.11 this file is a SyntaxError: the parser does not know `class Stack[T]`.
import gc
import sys


class Stack[T]:
    """A last-in first-out stack of T."""

    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> T | None:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items!r})"


class Pair[K, V]:
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value

    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)


class NumberStack[N: (int, float)](Stack[N]):
    def total(self) -> N:
        return sum(self._items)


s = Stack[int]()
for n in (3, 1, 4, 1, 5):
    s.push(n)
print(s, len(s), s.peek())
print(s.pop(), s.pop(), s)
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)

print(Stack.__type_params__, Stack.__parameters__)
print(Stack.__orig_bases__)
print([c.__name__ for c in Stack.__mro__])
print(Stack[int], Stack[str].__args__)
print(Stack.push.__annotations__, Stack.peek.__annotations__)
T = Stack.__type_params__[0]
print(type(T).__name__, T.__name__, T.__bound__, T.__constraints__)
print(T.__covariant__, T.__contravariant__, T.__infer_variance__)
print(Stack.__qualname__, Stack.push.__qualname__)

p = Pair("answer", 42)
q = p.swap()
print(q.key, q.value, Pair.__type_params__)
print(Pair[str, int])

ns = NumberStack()
for x in (1, 2.5, 3):
    ns.push(x)
print(ns, ns.total())
N = NumberStack.__type_params__[0]
print(N, N.__constraints__, N.__bound__)
print(NumberStack.__orig_bases__, NumberStack.__parameters__)
print([c.__name__ for c in NumberStack.__mro__])
print(list(NumberStack.__dict__)[:3])

try:
    T
except NameError:
    print("the type parameter is not a module global")
del T
try:
    print(T)
except NameError as e:
    print(e)

print(sys.getsizeof(s), gc.is_tracked(s), gc.is_tracked(Stack.__type_params__))
print(sys.getsizeof(Stack.__type_params__))
