# next() and __next__ pass a StopIteration out of tp_iternext as is: a coroutine wrapper's and
# a class's carry their value (bug: it was swallowed and re-raised empty); StopIteration(v).value.
async def c():
    return 42
w = c().__await__()
try:
    w.__next__()
except StopIteration as e:
    print("dunder", e.value)
async def d():
    return None
w = d().__await__()
try:
    next(w)
except StopIteration as e:
    print(e.value, e.args)
def gen():
    return 7
    yield
try:
    next(gen())
except StopIteration as e:
    print(e.value, e.args)
w = c().__await__()
print(next(w, "dflt"))
class It:
    def __next__(self):
        raise StopIteration(5)
try:
    next(It())
except StopIteration as e:
    print("user", e.value)
print(next(It(), "d2"))

print(list(iter([1,2])))
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value)
class It:
    def __next__(self):
        raise StopIteration(5)
try:
    It().__next__()
except StopIteration as e:
    print("direct", e.value)
try:
    next(It())
except StopIteration as e:
    print("user", e.value)
def g():
    yield 1
    raise StopIteration(8)
try:
    list(g())
except RuntimeError as e:
    print(e.__cause__.value)
w = c().__await__()
try:
    next(w)
except StopIteration as e:
    print("next", e.value, e.args)
