# asyncio.Lock, Event, Semaphore, BoundedSemaphore and Condition: acquire/release, `async with`,
# the order waiters are woken, cancellation of waiters, and the reprs (addresses masked).
import asyncio
import re


def shown(o):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(o))


async def locker(lock, name, log, hold):
    async with lock:
        log.append(name + "+")
        await asyncio.sleep(hold)
        log.append(name + "-")


async def locks():
    lock = asyncio.Lock()
    print(shown(lock), lock.locked())
    log = []
    tasks = [asyncio.create_task(locker(lock, f"L{i}", log, 0.1 * (3 - i))) for i in range(4)]
    await asyncio.sleep(0)
    print(shown(lock))
    tasks[2].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log, [t.cancelled() for t in tasks])
    print(await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    # Release while the first waiter is woken but not yet running: a newcomer cannot overtake.
    await lock.acquire()
    order = []

    async def late(n):
        async with lock:
            order.append(n)

    a = asyncio.create_task(late("a"))
    await asyncio.sleep(0)
    lock.release()
    b = asyncio.create_task(late("b"))
    await asyncio.gather(a, b)
    print(order)


async def events():
    ev = asyncio.Event()
    print(shown(ev), ev.is_set())
    woke = []

    async def waiter(n):
        r = await ev.wait()
        woke.append((n, r))

    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(shown(ev))
    ev.set()
    print(shown(ev))
    await asyncio.gather(*ts)
    print(woke, await ev.wait())
    ev.clear()
    print(ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.2)
    except asyncio.TimeoutError:
        print("event wait timed out", shown(ev))


async def semaphores():
    sem = asyncio.Semaphore(2)
    print(shown(sem), sem.locked())
    log = []

    async def user(n, hold):
        async with sem:
            log.append(f"{n}+")
            await asyncio.sleep(hold)
            log.append(f"{n}-")

    ts = [asyncio.create_task(user(i, [0.3, 0.1, 0.27, 0.1, 0.05][i])) for i in range(5)]
    await asyncio.sleep(0)
    print(shown(sem), sem.locked())
    ts[3].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print(log)
    print(shown(sem))
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e)
    print(shown(b), isinstance(b, asyncio.Semaphore))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)


async def conditions():
    cond = asyncio.Condition()
    print(shown(cond))
    items = []
    seen = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            seen.append((n, items.pop(0)))

    async def plain(n):
        async with cond:
            r = await cond.wait()
            seen.append((n, "woken", r))

    ts = [asyncio.create_task(consumer(i)) for i in range(3)]
    ps = [asyncio.create_task(plain(i)) for i in range(3, 5)]
    await asyncio.sleep(0)
    print(shown(cond))
    async with cond:
        items.extend(["x", "y"])
        cond.notify(2)
        print(shown(cond))
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.sleep(0)
    async with cond:
        items.append("z")
        cond.notify_all()
    await asyncio.gather(*ts, *ps)
    print(seen)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError", e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print(lock.locked(), c2.locked())
    print(lock.locked())


async def main():
    await locks()
    await events()
    await semaphores()
    await conditions()


asyncio.run(main())
