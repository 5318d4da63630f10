import asyncio
import time

async def worker(name, delay, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(delay)
    return f"{name} done after {steps} steps"

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)

async def failing():
    await asyncio.sleep(0.5)
    raise ValueError("boom")

async def main():
    start = time.monotonic()
    t = asyncio.create_task(worker("A", 1, 2))
    print(t.get_name(), t.done())
    results = await asyncio.gather(worker("B", 0.5, 3), ticker(), t)
    print(results)
    print(t.done(), t.result(), t.cancelled())
    print(f"elapsed {time.monotonic() - start:.1f}")
    r = await asyncio.gather(failing(), worker("C", 0.2, 2), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(failing(), asyncio.sleep(2))
    except ValueError as e:
        print("caught", repr(e))
    print(asyncio.current_task().get_name())
    slow = asyncio.create_task(asyncio.sleep(10, "late"))
    try:
        await asyncio.wait_for(slow, timeout=1)
    except asyncio.TimeoutError:
        print("timed out", slow.cancelled())
    print(await asyncio.wait_for(worker("D", 0.1, 1), 5))
    async def victim():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print("victim cancelled")
            raise
    v = asyncio.create_task(victim())
    await asyncio.sleep(0)
    v.cancel()
    try:
        await v
    except asyncio.CancelledError:
        print("awaiting v raised CancelledError", v.cancelled())
    done, pending = await asyncio.wait([asyncio.create_task(worker("E", 0.3, 1)), asyncio.create_task(worker("F", 3, 1))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.get_name() for t in done])
    print(asyncio.iscoroutinefunction(worker), asyncio.iscoroutine(t), f"elapsed {time.monotonic() - start:.1f}")
    return 42

print(asyncio.run(main()))
