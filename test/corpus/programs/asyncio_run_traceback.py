# An exception leaving asyncio.run: the traceback shows asyncio's own frames (runners.py,
# base_events.py) between the caller and the coroutines, printed by traceback.format_exc and by
# the interpreter for an uncaught one.
import asyncio
import traceback


async def leaf(n):
    await asyncio.sleep(0.1)
    return 10 // n


async def middle():
    task = asyncio.create_task(leaf(0))
    return await task


async def main():
    return await middle()


try:
    asyncio.run(main())
except ZeroDivisionError:
    print(traceback.format_exc())


async def failing():
    await asyncio.sleep(0)
    raise KeyError("missing")


asyncio.run(failing())
