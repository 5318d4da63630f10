"""A report formatter that dispatches on the value's type with functools.singledispatch,
singledispatchmethod, cached_property and partialmethod, as a teaching script would."""
import collections.abc
import functools
import sys
from functools import cached_property, partialmethod, singledispatch, singledispatchmethod


@singledispatch
def render(value):
    return f'<{type(value).__name__}>'


@render.register
def _(value: int):
    return f'int:{value:,}'


@render.register(float)
def _(value):
    return f'float:{value:.2f}'


@render.register(list)
@render.register(tuple)
def _(value):
    return '[' + ', '.join(render(v) for v in value) + ']'


@render.register
def _(value: str | bytes):
    return f'text:{value!r}'


@render.register(collections.abc.Mapping)
def _(value):
    return '{' + ', '.join(f'{k}={render(v)}' for k, v in sorted(value.items())) + '}'


print(render(1234567), render(True), render(3.14159), render(None))
print(render([1, 2.5, 'x', b'y', (3, None)]))
print(render({'b': [1], 'a': {'z': 0.5}}))
print(render.__name__, render.__wrapped__.__name__, type(render.registry).__name__, len(render.registry))
print(sorted(k.__name__ for k in render.registry))
print(render.dispatch(bool).__name__, render.dispatch(dict) is render.registry[collections.abc.Mapping])
print(render.registry[object] is render.__wrapped__, sys.getsizeof(render.registry))


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B):
    pass


class E(C, D):
    pass


@singledispatch
def which(arg):
    return 'default'


which.register(A, lambda arg: 'A')
which.register(B, lambda arg: 'B')
which.register(C, lambda arg: 'C')
print([which(k()) for k in (A, B, C, D, E)], [k.__name__ for k in E.__mro__])
print(which(object()), which(5))

try:
    render()
except TypeError as e:
    print('TypeError:', e)
try:
    @render.register
    def bad(value):
        return value
except TypeError as e:
    print('TypeError:', str(e).split(': <')[0])
try:
    render.register(3, print)
except TypeError as e:
    print('TypeError:', e)


@singledispatch
def shape(x):
    return 'other'


shape.register(collections.abc.Sized, lambda x: 'sized')
shape.register(collections.abc.Iterable, lambda x: 'iterable')
shape.register(collections.abc.Sequence, lambda x: 'sequence')
print(shape([1]), shape('ab'), shape(iter([])), shape(5))
try:
    shape({1})
except RuntimeError as e:
    print('RuntimeError:', e)


class Accumulator:
    def __init__(self):
        self.total = 0

    @singledispatchmethod
    def add(self, item):
        raise NotImplementedError(f'cannot add {type(item).__name__}')

    @add.register
    def _(self, item: int):
        self.total += item
        return self

    @add.register(list)
    def _(self, item):
        for x in item:
            self.add(x)
        return self

    def scale(self, factor, offset=0):
        self.total = self.total * factor + offset
        return self.total

    double = partialmethod(scale, 2)
    reset = partialmethod(scale, 0, offset=0)

    @cached_property
    def label(self):
        print('  computing label')
        return f'acc#{self.total}'


acc = Accumulator()
print(acc.add(3).add([4, 5, [6]]).total, acc.double(), acc.label, acc.label)
try:
    acc.add('seven')
except NotImplementedError as e:
    print('NotImplementedError:', e)
print('label' in vars(acc), Accumulator.label.attrname, type(Accumulator.label).__module__)
del acc.label
print(acc.reset(), acc.label, sys.getsizeof(acc.__dict__) > 0)
print(repr(Accumulator.__dict__['double']).split(' at ')[0])
print(functools.cached_property[int])


class Slotted:
    __slots__ = ('x',)

    @cached_property
    def value(self):
        return 1


try:
    Slotted().value
except TypeError as e:
    print('TypeError:', e)
try:
    class Twice:
        def f(self):
            return 1
        a = cached_property(f)
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__ + ':', e, '<-', repr(e.__cause__))

print(functools.reduce(lambda acc, x: acc + [render(x)], [1, 2.0], []))
for bad in ([], 5):
    try:
        functools.reduce(max, bad)
    except TypeError as e:
        print('TypeError:', e)
