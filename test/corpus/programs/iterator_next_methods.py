# Iterators expose __next__ and __iter__ as method-wrappers: code that caches `it.__next__`
# (a tokenizer's "advance" function) or checks hasattr(x, '__next__') to spot an iterator.
class Tokens:
    def __init__(self, text):
        self._next = iter(text.split()).__next__

    def advance(self, default=None):
        try:
            return self._next()
        except StopIteration:
            return default


t = Tokens('let x = 42 ;')
words = []
while (w := t.advance()) is not None:
    words.append(w)
print(words)

def countdown(n):
    while n:
        yield n
        n -= 1

for obj in ([1, 2], iter([1, 2]), (1,), iter((1,)), range(3), iter(range(3)), {'k': 1}, iter({'k': 1}),
            iter({'k': 1}.values()), iter({'k': 1}.items()), iter({1}), iter('ab'), iter('é'), iter(b'x'),
            reversed([1]), zip('a', 'b'), map(str, [1]), filter(None, [1]), enumerate('a'), countdown(2)):
    kind = type(obj).__name__
    step = obj.__next__ if hasattr(obj, '__next__') else None
    print(f'{kind:20} iterator={step is not None!s:5} same={obj.__iter__() is obj!s:5}',
          type(step).__name__, repr(step).split(' at ')[0] if step else '-')

gen = countdown(3)
step = gen.__next__
print(step(), step(), gen.__name__, gen.__qualname__, gen.gi_running, gen.gi_suspended)
it = iter([10, 20, 30])
print(it.__next__(), it.__length_hint__(), type(it).__next__(it), list(it))
print(type(iter([])).__next__, type(iter([])).__iter__)
print(sorted(n for n in vars(type(iter([]))) if not n.startswith('__')), '__next__' in dir(gen))
try:
    iter([]).__next__()
except StopIteration:
    print('StopIteration from __next__')

# The C iterators of itertools have them too, and a subclass's wrappers name the subclass.
import itertools
ids = itertools.count(100)
take = ids.__next__
print(take(), take(), next(ids), ids.__iter__() is ids, repr(take).split(' at ')[0])
print(itertools.count.__next__, hasattr(itertools.chain(), '__next__'), hasattr(itertools.groupby(''), '__iter__'))

class Stack(list):
    pass

print(repr(Stack().__len__).split(' at ')[0])
