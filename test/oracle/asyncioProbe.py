# Sizes and reprs of asyncio's C objects (_asyncio.Future, _asyncio.Task), for src/interpreter/modules/asyncio/.
import asyncio, sys, gc

async def work():
    await asyncio.sleep(0)
    return 7

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("Future", type(f).__module__, sys.getsizeof(f), gc.is_tracked(f), repr(f))
    t = asyncio.create_task(work())
    print("Task", type(t).__module__, sys.getsizeof(t), gc.is_tracked(t), repr(t))
    c = work()
    print("coro", sys.getsizeof(c))
    c.close()
    s = asyncio.sleep(1)
    print("sleep", type(s).__name__, repr(s)[:30], asyncio.iscoroutine(s))
    s.close()
    print(await t, repr(t))
    f.set_result([1])
    print(repr(f))
    print(type(loop).__name__, type(loop).__mro__)
    h = loop.call_soon(print, "x")
    print(sys.getsizeof(h), repr(h)[:40])
    print(sorted(n for n in dir(asyncio) if not n.startswith('_')))

asyncio.run(main())
