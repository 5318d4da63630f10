# A producer/consumer pipeline with asyncio: a bounded Queue, worker tasks, join/task_done,
# a Lock around shared state, an Event to start everyone at once and a Semaphore limiting
# concurrency. Sleeps are far apart so the order is the event loop's, not the machine's.
import asyncio

# How long each job takes: distinct, so no two events fall on the same moment.
DURATION = {1: 0.11, 2: 0.23, 3: 0.17, 4: 0.29, 5: 0.13, 6: 0.31, 7: 0.19, 8: 0.07, 9: 0.37}


async def producer(queue, jobs):
    for job in jobs:
        await queue.put(job)
        print(f"produced {job:>2}  queue size {queue.qsize()}")
        await asyncio.sleep(0.003)
    print("producer done")


async def worker(name, queue, totals, lock):
    while True:
        job = await queue.get()
        await asyncio.sleep(DURATION[job])
        async with lock:
            totals[name] = totals.get(name, 0) + job
        print(f"{name} finished job {job}")
        queue.task_done()


async def pipeline():
    queue = asyncio.Queue(maxsize=3)
    lock = asyncio.Lock()
    totals = {}
    workers = [asyncio.create_task(worker(f"w{i}", queue, totals, lock)) for i in range(3)]
    print([w.get_name() for w in workers])
    await producer(queue, list(range(1, 10)))
    await queue.join()
    print("all jobs done; queue empty:", queue.empty())
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("cancelled:", [w.cancelled() for w in workers])
    print("totals", dict(sorted(totals.items())), "sum", sum(totals.values()))


async def race_start():
    start = asyncio.Event()
    order = []

    async def runner(n):
        await start.wait()
        order.append(n)

    tasks = [asyncio.create_task(runner(n)) for n in range(4)]
    await asyncio.sleep(0)
    print("waiting runners:", start.is_set(), len(order))
    start.set()
    await asyncio.gather(*tasks)
    print("runner order", order)


async def limited_downloads():
    sem = asyncio.Semaphore(2)
    active = []
    peak = 0

    async def download(n):
        nonlocal peak
        async with sem:
            active.append(n)
            peak = max(peak, len(active))
            print(f"download {n} start (active {len(active)})")
            await asyncio.sleep(0.1 * (n + 1))
            active.remove(n)
            print(f"download {n} end")
            return n * 100

    sizes = await asyncio.gather(*(download(n) for n in range(4)))
    print("sizes", sizes, "peak", peak)


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print("main task:", asyncio.current_task().get_name())
    await pipeline()
    await race_start()
    await limited_downloads()
    print("elapsed about", round(loop.time() - t0, 1), "s")


asyncio.run(main())
print("loop closed; running loop outside asyncio.run:", end=" ")
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
