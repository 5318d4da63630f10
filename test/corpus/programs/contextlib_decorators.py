"""Context managers used as decorators: a ContextDecorator subclass timing a block, an
@contextmanager generator wrapping every call, and the usual helpers (suppress, ExitStack,
redirect_stdout, nullcontext, closing)."""
import contextlib
import io
import sys


class Trace(contextlib.ContextDecorator):
    depth = 0

    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print('  ' * Trace.depth + f'enter {self.label}')
        Trace.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Trace.depth -= 1
        print('  ' * Trace.depth + f'exit {self.label} ({exc_type.__name__ if exc_type else "ok"})')
        return exc_type is KeyError


@Trace('outer')
def compute(n):
    with Trace('inner'):
        return sum(range(n))


print(compute(10), compute.__name__, compute.__wrapped__.__name__)


@Trace('lookup')
def lookup(d, k):
    return d[k]


print(lookup({'a': 1}, 'a'), lookup({}, 'missing'))
try:
    lookup([], 3)
except IndexError as e:
    print('IndexError:', e)
print(isinstance(Trace('x'), contextlib.ContextDecorator), Trace.__mro__[1].__name__)


@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')


@tag('p')
def paragraph(text):
    print(' ', text)
    return len(text)


print(paragraph('hello'), paragraph('world!'))
with tag('div') as t:
    print(' ', t)


@contextlib.contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print('  swallowed', type(e).__name__)


@swallow(ZeroDivisionError, ValueError)
def risky(x):
    return 1 / x


print(risky(4), risky(0))


class Managed(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print('  managed exit')


with Managed() as m:
    print(type(m).__name__, isinstance(m, contextlib.AbstractContextManager))


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


print(issubclass(Duck, contextlib.AbstractContextManager), issubclass(int, contextlib.AbstractContextManager))
try:
    contextlib.AbstractContextManager()
except TypeError as e:
    print('TypeError:', str(e).split(' with')[0])

with contextlib.suppress(KeyError, IndexError):
    {}['nope']
print('after suppress')
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured line')
print(repr(buf.getvalue()), sys.stdout is sys.__stdout__)
with contextlib.ExitStack() as stack:
    for name in ('a', 'b', 'c'):
        stack.enter_context(tag(name))
    stack.callback(print, 'callback runs first')
with contextlib.nullcontext([1, 2]) as value:
    print(value, sys.getsizeof(value))


def open_all(names):
    with contextlib.ExitStack() as stack:
        handles = [stack.enter_context(tag(n)) for n in names]
        print('  opened', handles)
        return stack.pop_all()


later = open_all(['x', 'y'])
print('still open:', type(later).__name__)
later.close()
