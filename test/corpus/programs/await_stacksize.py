# co_stacksize around await / async for. 3.11 compiles the SEND loop without the CLEANUP_THROW
# handler 3.12 added (its gen_throw finishes a delegated StopIteration itself), so its depth is one
# less than ours, which emits the 3.12 shape on every version.
async def c(): return 1
async def c2():
    await c()
print(c2.__code__.co_stacksize)
async def ag2(xs):
    async for x in xs:
        yield x
print(ag2.__code__.co_stacksize)
