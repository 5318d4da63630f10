# When asyncio's objects die (weakref probes): a gather's outer future keeps its children, a
# future stays alive while its done callbacks are scheduled (the running wakeup holds the future
# the task awaited), and tasks finished inside asyncio.run are gone when it returns.
import asyncio
import gc
import weakref

refs = {}


async def child(i):
    await asyncio.sleep(0)
    return i


def alive():
    return {k: r() is not None for k, r in refs.items()}


async def main():
    t = asyncio.create_task(child(1))
    refs["task"] = weakref.ref(t)
    g = asyncio.gather(child(2), t, t)
    refs["gather"] = weakref.ref(g)
    print(await g)
    print(alive())
    del t
    print("del t", alive())
    del g
    print("del g", alive())
    inner = asyncio.gather(child(3))
    refs["inner"] = weakref.ref(inner)
    await inner
    del inner
    print("inner, same step", alive())
    await asyncio.sleep(0)
    print("inner, next step", alive())
    f = asyncio.get_running_loop().create_future()
    refs["future"] = weakref.ref(f)
    f.add_done_callback(lambda fut: print("callback", fut.result()))
    f.set_result(5)
    del f
    print("future with a scheduled callback", alive()["future"])
    await asyncio.sleep(0)
    print("after the callback ran", alive()["future"])
    done = asyncio.create_task(child(4))
    refs["done_task"] = weakref.ref(done)
    await done
    del done


asyncio.run(main())
print("after run", alive())
gc.collect()
print("after collect", alive())
