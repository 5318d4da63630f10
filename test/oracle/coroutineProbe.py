"""Coroutine objects on the real interpreter: sizes (vs generators), attributes, errors, gc.
Run: for v in 3.11.7 3.12.1 3.13.0; do PYENV_VERSION=$v python3 test/oracle/coroutineProbe.py; done"""
import sys, gc

async def small():
    return 1

async def big(a, b, c):
    x = a + b
    y = [x, c, a, b]
    return y

def gsmall():
    yield 1

def gbig(a, b, c):
    x = a + b
    y = [x, c, a, b]
    yield y

async def agen():
    yield 1

print(sys.version_info[:2])
for f, g, args in ((small, gsmall, ()), (big, gbig, (1, 2, 3))):
    c = f(*args)
    gg = g(*args)
    print(f.__name__, 'coro', sys.getsizeof(c), 'gen', sys.getsizeof(gg), 'code', f.__code__.co_nlocals, f.__code__.co_stacksize, g.__code__.co_stacksize)
    c.close()
ag = agen()
print('agen', type(ag).__name__, sys.getsizeof(ag))
c = small()
print(type(c).__name__, type(c).__qualname__, type(c).__module__)
print(sorted(n for n in dir(c) if not n.startswith('__')))
print('tracked', gc.is_tracked(c), 'refs', sys.getrefcount(c))
w = c.__await__()
print(type(w).__name__, sys.getsizeof(w), gc.is_tracked(w))
print(sorted(n for n in dir(w) if not n.startswith('__')))
print(sorted(n for n in dir(ag) if not n.startswith('__')))
for expr in ('iter(c)', 'next(c)', 'list(c)'):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
print(c.cr_await, c.cr_running, c.cr_code.co_name, c.cr_frame is not None)
try:
    c.send(None)
except StopIteration as e:
    print('stop', e.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print('again ->', e)
async def aw_int():
    await 5
try:
    aw_int().send(None)
except TypeError as e:
    print(e)
class A:
    def __await__(self):
        return 7
async def aw_bad():
    await A()
try:
    aw_bad().send(None)
except TypeError as e:
    print(e)
