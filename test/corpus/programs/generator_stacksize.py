# co_stacksize of generator-like code: 3.12+ counts the StopIteration wrapper handler (lasti + exc),
# which lambdas lack; 3.13 counts `return <const>`'s constant. (3.11's await/async-for loop has no
# CLEANUP_THROW handler and a smaller depth than ours: not covered here yet.)
def g(): yield 1
print(g.__code__.co_stacksize)
def g2(x):
    yield x + 1
    return 5
print(g2.__code__.co_stacksize)
def g3():
    yield from range(3)
print(g3.__code__.co_stacksize)
async def c(): return 1
print(c.__code__.co_stacksize)
async def ag():
    yield 1
print(ag.__code__.co_stacksize)
def g4():
    x = yield
    print(x)
print(g4.__code__.co_stacksize)
print((x for x in range(3)).gi_code.co_stacksize)
def g5(a, b):
    for i in a:
        yield i, b
print(g5.__code__.co_stacksize)
def g6():
    try:
        yield 1
    finally:
        pass
print(g6.__code__.co_stacksize)
print([x for x in range(2)].__class__.__name__, (lambda: (yield)).__code__.co_stacksize)
def plain(): return 1
print(plain.__code__.co_stacksize)
def a(): pass
def b(): return 1
def c(x): return x
def d(x):
    if x: return 1
    return 2
class K: pass
print(a.__code__.co_stacksize, b.__code__.co_stacksize, c.__code__.co_stacksize, d.__code__.co_stacksize)

