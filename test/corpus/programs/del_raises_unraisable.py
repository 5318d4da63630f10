# Finalizers that fail: an exception in __del__, in a weakref callback or in a generator's
# cleanup cannot propagate anywhere, so CPython reports it ("Exception ignored in: ...") with
# its traceback on stderr and carries on.
import gc
import weakref


class Lock:
    def __init__(self, name, held=True):
        self.name = name
        self.held = held

    def release(self):
        if not self.held:
            raise RuntimeError(f"{self.name}: release of unheld lock")
        self.held = False

    def __del__(self):
        print(f"__del__ {self.name}")
        self.release()


class Evict:
    def __init__(self, cache):
        self.cache = cache

    def __call__(self, ref):
        print("evicting, cache size", len(self.cache))
        del self.cache["missing"]

    def __repr__(self):
        return f"<Evict from {len(self.cache)} entries>"


def rows():
    try:
        yield 1
        yield 2
    finally:
        print("rows: cleanup")
        raise ValueError("cursor already closed")


a = Lock("a")
a.release()
del a
print("after del a")

b = Lock("b")
b.me = b
del b
print("collected", gc.collect() > 0)


class Entry:
    pass


cache = {"k": 1}
e = Entry()
r = weakref.ref(e, Evict(cache))
del e
print("ref dead:", r() is None)

it = rows()
print(next(it))
del it
print("generator dropped")

left = Lock("left", held=False)
pending = rows()
next(pending)
print("end of script")
