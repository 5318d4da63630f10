# Reading a function's code object, as a teaching script or a decorator library does: its name,
# argument counts, local and closure names, and the flags that say generator / coroutine.
import sys

CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 0x1, 0x2, 0x4, 0x8
CO_NESTED, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR = 0x10, 0x20, 0x80, 0x200


def describe(fn):
    c = fn.__code__
    kinds = []
    for name, bit in [('varargs', CO_VARARGS), ('varkw', CO_VARKEYWORDS), ('nested', CO_NESTED),
                      ('generator', CO_GENERATOR), ('coroutine', CO_COROUTINE), ('asyncgen', CO_ASYNC_GENERATOR)]:
        if c.co_flags & bit:
            kinds.append(name)
    print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals)
    print('  ', c.co_varnames, c.co_cellvars, c.co_freevars, c.co_firstlineno, hex(c.co_flags), kinds)


def make_counter(start, /, step=1, *, limit=None):
    count = start

    def bump():
        nonlocal count
        count += step
        return count
    return bump


def log_calls(*args, **kwargs):
    total = sum(args)
    return total, kwargs


def squares(n):
    for i in range(n):
        yield i * i


async def fetch(url, *, retries=3):
    return url, retries


async def ticker(n):
    for i in range(n):
        yield i


class Account:
    def deposit(self, amount):
        self.balance = getattr(self, 'balance', 0) + amount
        return self.balance

    @staticmethod
    def fee(amount, rate=0.01):
        return amount * rate


for fn in [make_counter, make_counter(10), log_calls, squares, fetch, ticker, Account.deposit, Account.fee,
           lambda x, y=2: x * y, describe]:
    describe(fn)

c = make_counter.__code__
print(c is make_counter.__code__, type(c).__name__, type(c), c.co_filename == __file__)
print(repr(c).split(' at 0x')[0], repr(c).split(', ')[1] == f'file "{__file__}"', repr(c).split(', ')[2])
print(make_counter.__globals__ is globals(), make_counter(1).__code__ is make_counter(2).__code__)
print(sys._getframe().f_code.co_name, describe.__code__.co_varnames[:2])


def current_code():
    return sys._getframe().f_code


print(current_code() is current_code.__code__, current_code.__code__.co_flags & CO_NESTED)
