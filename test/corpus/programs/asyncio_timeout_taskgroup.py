# asyncio.timeout/timeout_at (async with), TaskGroup (results, a failing child cancelling its
# siblings, the ExceptionGroup caught with except*, the body's own error), and as_completed
# (results in completion order, a timeout).
import asyncio


async def work(name, delay, fail=False, log=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        if log is None:
            print(name, "cancelled")
        else:
            log.append(name)
        raise
    if fail:
        raise ValueError(f"{name} failed")
    print(name, "done")
    return name


async def timeouts():
    try:
        async with asyncio.timeout(0.5) as cm:
            print(type(cm).__name__, cm.expired())
            await work("slow", 2)
    except TimeoutError as e:
        print("TimeoutError", repr(e), cm.expired(), type(e.__cause__).__name__)
    async with asyncio.timeout(1) as cm:
        await work("quick", 0.1)
    print("no timeout", cm.expired())
    async with asyncio.timeout(None) as cm:
        print(cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 5)
        await work("rescheduled", 0.2)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.3):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")
    try:
        async with asyncio.timeout(0):
            print("body runs")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("timeout(0) expired")
    # An inner timeout expiring first is caught inside; the outer one is untouched.
    async with asyncio.timeout(2):
        try:
            async with asyncio.timeout(0.1):
                await asyncio.sleep(1)
        except TimeoutError:
            print("inner expired", asyncio.current_task().cancelling())


async def groups():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("g1", 0.2))
        t2 = tg.create_task(work("g2", 0.1), name="second")
        print(t2.get_name())
    print(t1.result(), t2.result())
    # The siblings are cancelled in the order of a set of tasks (their addresses): sorted here.
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("a", 0.3, log=log))
            tg.create_task(work("b", 0.1, fail=True))
            tg.create_task(work("c", 0.2, fail=True, log=log))
            tg.create_task(work("d", 1, log=log))
    except* ValueError as eg:
        print("caught", repr(eg), [str(e) for e in eg.exceptions], sorted(log))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("e", 0.5))
            await asyncio.sleep(0.1)
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("f", 0.1, fail=True))
            await asyncio.sleep(1)
            print("not reached")
    except ExceptionGroup as eg:
        print("plain except", eg, len(eg.exceptions))


async def completed():
    tasks = [work(f"w{d}", d / 10) for d in (3, 1, 2)]
    for coro in asyncio.as_completed(tasks):
        print("completed", await coro)
    try:
        for coro in asyncio.as_completed([work("x", 1), work("y", 0.1)], timeout=0.5):
            print("got", await coro)
    except TimeoutError:
        print("as_completed timed out")
    await asyncio.sleep(1)


async def main():
    await timeouts()
    await groups()
    await completed()


asyncio.run(main())
