# Fetching several "URLs" concurrently: gather with and without return_exceptions, wait_for
# and asyncio.timeout, as_completed, cancelling a task, and TaskGroup with ExceptionGroup.
import asyncio

LATENCY = {"a.example": 0.3, "b.example": 0.1, "c.example": 0.2, "slow.example": 2.0}


async def fetch(host):
    await asyncio.sleep(LATENCY.get(host, 0.05))
    if host.startswith("bad"):
        raise ConnectionError(f"cannot reach {host}")
    return f"<html from {host}>"


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()

    pages = await asyncio.gather(fetch("a.example"), fetch("b.example"), fetch("c.example"))
    print("gather:", pages)
    print("took about", round(loop.time() - t0, 1), "s (the longest, not the sum)")

    mixed = await asyncio.gather(fetch("b.example"), fetch("bad.example"), return_exceptions=True)
    print("with exceptions:", [type(x).__name__ for x in mixed], mixed[1])

    try:
        await asyncio.gather(fetch("a.example"), fetch("bad.example"))
    except ConnectionError as e:
        print("gather raised:", e)

    try:
        await asyncio.wait_for(fetch("slow.example"), timeout=0.5)
    except asyncio.TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print("wait_for in time:", await asyncio.wait_for(fetch("b.example"), timeout=1))

    try:
        async with asyncio.timeout(0.15):
            await fetch("a.example")
    except TimeoutError:
        print("timeout block expired")

    for next_done in asyncio.as_completed([fetch("a.example"), fetch("b.example"), fetch("c.example")]):
        print("as_completed:", await next_done)

    task = asyncio.create_task(fetch("slow.example"))
    await asyncio.sleep(0.1)
    print("cancel ->", task.cancel(), "done", task.done())
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("a.example"))
            tg.create_task(fetch("bad.example"))
    except* ConnectionError as group:
        print("TaskGroup failed:", [str(e) for e in group.exceptions])

    async with asyncio.TaskGroup() as tg:
        ta = tg.create_task(fetch("a.example"))
        tb = tg.create_task(fetch("b.example"), name="fetch-b")
    print("TaskGroup results:", ta.result(), tb.result(), tb.get_name())
    return "ok"


print(asyncio.run(main()))
