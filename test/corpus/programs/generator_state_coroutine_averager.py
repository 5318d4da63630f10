# A running-average coroutine primed by a decorator, watched through
# inspect.getgeneratorstate at every stage of its life.
import inspect
from functools import wraps


def primed(func):
    @wraps(func)
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start


@primed
def running_mean():
    total = 0.0
    count = 0
    mean = None
    while True:
        value = yield mean
        if value is None:
            break
        total += value
        count += 1
        mean = total / count
    return count


def watcher():
    # Inside its own body a generator sees itself running.
    me = yield
    yield inspect.getgeneratorstate(me)


avg = running_mean()
print("primed:", inspect.getgeneratorstate(avg))
for reading in [12, 7.5, 30, 4]:
    print(f"send {reading!r:>5} -> mean {avg.send(reading):.3f}")
try:
    avg.send(None)
except StopIteration as stop:
    print("finished after", stop.value, "values")
print("after return:", inspect.getgeneratorstate(avg))

fresh = running_mean.__wrapped__()
print("never started:", inspect.getgeneratorstate(fresh))
fresh.close()
print("closed before start:", inspect.getgeneratorstate(fresh))

w = watcher()
next(w)
print("seen from inside:", w.send(w))
w.close()
print("closed while suspended:", inspect.getgeneratorstate(w))

print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)
try:
    inspect.getgeneratorstate(42)
except AttributeError as e:
    print("AttributeError:", e)

