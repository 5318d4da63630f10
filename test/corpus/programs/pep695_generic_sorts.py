# Generic sorting functions in the style of TheAlgorithms/Python, using the type parameter
# syntax of Python 3.12 (PEP 695): `def cocktail_shaker_sort[T](arr: list[T]) -> list[T]`.
from collections.abc import Callable
import gc
import sys


def cocktail_shaker_sort[T](arr: list[T]) -> list[T]:
    """Sorts arr in place by bubbling both ways; returns it."""
    start, end = 0, len(arr) - 1
    while start < end:
        swapped = False
        for i in range(start, end):
            if arr[i] > arr[i + 1]:
                arr[i], arr[i + 1] = arr[i + 1], arr[i]
                swapped = True
        end -= 1
        for i in range(end, start, -1):
            if arr[i] < arr[i - 1]:
                arr[i], arr[i - 1] = arr[i - 1], arr[i]
                swapped = True
        start += 1
        if not swapped:
            break
    return arr


def merge_sort[T](items: list[T], key: Callable[[T], object] = lambda x: x) -> list[T]:
    if len(items) <= 1:
        return list(items)
    mid = len(items) // 2
    left, right = merge_sort(items[:mid], key), merge_sort(items[mid:], key)
    out: list[T] = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(left[i]) <= key(right[j]):
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]


def insertion_sort[T: (int, float, str)](items: list[T], *, reverse: bool = False) -> list[T]:
    result = list(items)
    for i in range(1, len(result)):
        cur = result[i]
        j = i - 1
        while j >= 0 and (result[j] < cur if reverse else result[j] > cur):
            result[j + 1] = result[j]
            j -= 1
        result[j + 1] = cur
    return result


def largest[N: int | float](values: list[N]) -> N:
    return max(values)


def pairwise_apply[*Ts, R](f: Callable[..., R], *args: object) -> R:
    return f(*args)


def logged[**P, R](f: Callable[P, R]) -> Callable[P, R]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return wrapper


@logged
def area[U](w: U, h: U) -> U:
    return w * h


async def first[T](xs: list[T]) -> T:
    return xs[0]


print(cocktail_shaker_sort([4, 5, 2, 1, 2]))
print(cocktail_shaker_sort([-4, 5, 0, 1, 2, 11]))
print(cocktail_shaker_sort([0.1, -2.4, 4.4, 2.2]))
print(cocktail_shaker_sort(["pear", "apple", "fig"]))
print(merge_sort(["banana", "kiwi", "apple", "fig"], key=len))
print(insertion_sort([3, 1, 2]), insertion_sort(["b", "c", "a"], reverse=True))
print(largest([3, 9.5, 2]))
print(pairwise_apply(divmod, 17, 5))
print(area(3, 4))

coro = first([7, 8])
try:
    coro.send(None)
except StopIteration as e:
    print("first ->", e.value)

for f in (cocktail_shaker_sort, merge_sort, insertion_sort, largest, pairwise_apply, first):
    print(f.__name__, f.__type_params__, f.__annotations__)
print(logged.__type_params__, area.__name__)

T = insertion_sort.__type_params__[0]
print(T.__constraints__, T.__bound__, largest.__type_params__[0].__bound__)
Ts, R = pairwise_apply.__type_params__
print(type(Ts).__name__, Ts.__name__, type(R).__name__)
P = logged.__type_params__[0]
print(type(P).__name__, P.__name__, P.__bound__)
print(len(merge_sort.__defaults__), insertion_sort.__kwdefaults__)
print(merge_sort.__qualname__, merge_sort.__type_params__[0] is merge_sort.__annotations__["items"].__args__[0])

def plain(x): return x
print(plain.__type_params__)

print(sys.getsizeof(T), gc.is_tracked(T), sys.getsizeof(Ts), sys.getsizeof(P))
gc.collect()
before = gc.get_count()[0]
def generic_one[X](x: X) -> X:
    return x
print("gc allocations for a generic def:", gc.get_count()[0] - before)
