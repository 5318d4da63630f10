# asyncio.Queue: the classic producer/consumer tutorial (workers cancelled at the end), a
# sentinel-terminated pipeline, bounded queues that block put, get_nowait/put_nowait errors,
# task_done/join, LifoQueue and PriorityQueue order, and the order waiting getters are served.
import asyncio
import re


def shown(q):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(q))


async def worker(name, queue, log):
    while True:
        delay = await queue.get()
        await asyncio.sleep(delay)
        log.append((name, delay))
        print(f"{name} slept {delay}")
        queue.task_done()


async def tutorial():
    queue = asyncio.Queue()
    for d in [0.3, 0.1, 0.5, 0.2, 0.4, 0.1]:
        queue.put_nowait(d)
    print(queue.qsize(), queue.empty(), queue.full(), queue.maxsize)
    log = []
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue, log)) for i in range(3)]
    await queue.join()
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(log)
    print(queue.empty(), shown(queue))


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize(), q.full())
    await q.put(None)


async def consumer(q):
    got = []
    while True:
        item = await q.get()
        if item is None:
            break
        got.append(item)
        print("got", item)
        await asyncio.sleep(0)
    return got


async def bounded():
    q = asyncio.Queue(maxsize=2)
    print(shown(q), q.maxsize)
    got = await asyncio.gather(producer(q, 5), consumer(q))
    print(got)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), type(e).__mro__[1].__name__)
    q.put_nowait("a")
    q.put_nowait("b")
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(shown(q))
    try:
        q.task_done()
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError", e)


async def getter(q, name):
    v = await q.get()
    print(name, "got", v)


async def fairness():
    q = asyncio.Queue()
    ts = [asyncio.create_task(getter(q, f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    ts[1].cancel()
    for v in "xyz":
        q.put_nowait(v)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(q.qsize(), [t.done() for t in ts], ts[1].cancelled())
    print(await asyncio.wait_for(q.get(), 0.5))
    try:
        await asyncio.wait_for(q.get(), 0.5)
    except asyncio.TimeoutError:
        print("get timed out", q.qsize())
    q.put_nowait("w")
    print(q.get_nowait(), shown(q))


async def kinds():
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 4, 1, 5]:
        lq.put_nowait(x)
        pq.put_nowait((x, str(x)))
    print([lq.get_nowait() for _ in range(5)])
    print([await pq.get() for _ in range(5)])
    print(isinstance(lq, asyncio.Queue), isinstance(pq, asyncio.Queue), type(lq).__name__)


async def main():
    await tutorial()
    await bounded()
    await fairness()
    await kinds()


asyncio.run(main())
