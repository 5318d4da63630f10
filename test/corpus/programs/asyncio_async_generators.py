# Async generators: async for, async comprehensions, asend/athrow/aclose, an await inside the
# generator, errors, a generator left unfinished by break (its aclose runs on a later loop turn),
# one dropped mid-iteration (the loop's finalizer hook), and one still suspended when
# asyncio.run ends (shutdown_asyncgens).
import asyncio


async def ticker(name, n, delay=0.1):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print(name, "closing")
        await asyncio.sleep(0)
        print(name, "closed")


async def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
            except ValueError as e:
                print("echo caught", repr(e))
                v = "recovered"
            received.append(v)
    finally:
        print("echo saw", received)


async def squares(n):
    for i in range(n):
        yield i * i
        await asyncio.sleep(0)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def main():
    async for x in ticker("full", 3):
        print("tick", x)
    print([x async for x in squares(5)])
    print([(x, x % 3) async for x in squares(4) if x])
    print([y async for y in Countdown(3)])
    print(sum([x async for x in squares(3)]), type(squares(1)).__name__)

    e = echo()
    print(await e.asend(None), await e.asend("a"), await e.asend("b"))
    print(await e.athrow(ValueError("bad")))
    await e.aclose()
    try:
        await e.asend("late")
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")

    g = squares(3)
    print(await anext(g), await anext(g), await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(squares(0), "default"))

    try:
        async for _ in 5:
            pass
    except TypeError as err:
        print("TypeError", err)

    async for x in ticker("broken", 10):
        if x == 1:
            break
    print("after break")
    await asyncio.sleep(0)
    print("one turn later")
    await asyncio.sleep(0)
    print("two turns later")

    dropped = ticker("dropped", 10)
    print(await dropped.__anext__())
    del dropped
    print("after del")
    await asyncio.sleep(0.5)

    kept = ticker("kept", 10)
    print(await kept.__anext__())
    print("main done")
    return kept


result = asyncio.run(main())
print("after run", type(result).__name__)
