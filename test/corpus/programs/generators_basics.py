"""Generators: pipelines, yield from, return values, send/throw/close, finalization."""
import sys


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def chain(*iterables):
    for it in iterables:
        yield from it


def delegate():
    result = yield from countdown(3)
    print("inner returned", result)
    yield result


print(list(countdown(4)), list(chain([1, 2], (3,), range(4, 6))))
print(list(delegate()))
g = countdown(2)
print(next(g), next(g), next(g, "done"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
g = countdown(1)
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


acc = accumulator()
print(next(acc), acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("total", e.value)


def guarded():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "caught"
    finally:
        print("cleanup")


gen = guarded()
print(next(gen), gen.throw(ValueError))
gen.close()
print("closed")
gen = guarded()
next(gen)
del gen
print("deleted unfinished")


def small():
    yield 1


def big(a, b, c):
    x = a + b
    y = [x, c]
    yield y


print(sys.getsizeof(small()), sys.getsizeof(big(1, 2, 3)), sys.getsizeof(x for x in []))
squares = (x * x for x in range(5))
print(type(squares).__name__, sum(squares), sum(squares))
evens = [v for v in (x * x for x in range(10)) if v % 2 == 0]
print(evens, max(x % 7 for x in range(20)))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for n in fib():
    if n > 100:
        break
    out.append(n)
print(out)


def bad():
    yield 1
    raise StopIteration


try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
