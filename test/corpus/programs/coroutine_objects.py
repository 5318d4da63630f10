# Coroutine objects without an event loop: what `async def` returns, how it is driven by hand
# with send()/throw()/close(), what awaiting needs, and what it costs in memory.
import gc
import sys


async def add(a, b):
    return a + b


async def pipeline(values):
    total = 0
    for v in values:
        total += await add(total, v)
    return total


class Ticket:
    """A hand-written awaitable: __await__ returns an iterator (here a generator)."""

    def __init__(self, n):
        self.n = n

    def __await__(self):
        reply = yield ("waiting for", self.n)
        return reply * self.n


async def use_ticket():
    got = await Ticket(3)
    return got + 1


def run(coro):
    """Drive a coroutine to its end by hand, as an event loop would."""
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


c = add(2, 3)
print(type(c).__name__, type(c).__qualname__, type(c).__module__)
print(repr(c).startswith("<coroutine object add at 0x"))
print("tracked", gc.is_tracked(c), "refs", sys.getrefcount(c))
print("size", sys.getsizeof(c), "code", c.cr_code.co_name, "running", c.cr_running, "await", c.cr_await)
print("frame before", c.cr_frame is not None)
print("result", run(c))
print("frame after", c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

print("pipeline", run(pipeline([1, 2, 3, 4])))

# A coroutine that awaits a custom awaitable suspends with what the iterator yields.
t = use_ticket()
print("first send ->", t.send(None))
print("suspended", t.cr_suspended, "awaiting", type(t.cr_await).__name__)
try:
    t.send(5)
except StopIteration as stop:
    print("ticket result", stop.value)

# A coroutine is not an iterator.
for expr in ("iter(add(1, 1))", "next(add(1, 1))", "list(add(1, 1))"):
    co = None
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)


async def bad_await(x):
    return await x


for thing in (5, "text", [1]):
    co = bad_await(thing)
    try:
        co.send(None)
    except TypeError as e:
        print("TypeError:", e)

# close() of a started coroutine runs its finally block.


async def guarded():
    try:
        await Ticket(1)
    finally:
        print("cleanup ran")


g = guarded()
g.send(None)
g.close()
print("closed; frame", g.cr_frame)

# throw() raises inside the coroutine at its await.
g2 = guarded()
g2.send(None)
try:
    g2.throw(ValueError("boom"))
except ValueError as e:
    print("propagated:", e)

# __await__ of a coroutine gives a coroutine_wrapper, an iterator.
w = add(10, 20).__await__()
print(type(w).__name__, sys.getsizeof(w), gc.is_tracked(w))
try:
    w.send(None)
except StopIteration as stop:
    print("wrapper result", stop.value)


# Calling a coroutine function without awaiting it: the coroutine is dropped unstarted and
# CPython warns when it is deallocated.
def forgetful():
    add(1, 2)
    return "forgot to await"


print(forgetful())
print("done")
