# Resource cleanup with weakref.finalize: the cleanup function runs once, when the owner is
# garbage (reference count or the cycle collector), when called explicitly, or at exit.
import gc
import sys
import weakref

log = []


def release(kind, handle):
    log.append(f"released {kind} #{handle}")
    print(f"  cleanup: {kind} #{handle}")


class TempFile:
    next_handle = 100

    def __init__(self, name):
        TempFile.next_handle += 1
        self.name = name
        self.handle = TempFile.next_handle
        # The callback must not refer to self, or the object would never die.
        self._finalizer = weakref.finalize(self, release, "file", self.handle)

    def close(self):
        self._finalizer()

    @property
    def closed(self):
        return not self._finalizer.alive


class Connection:
    def __init__(self, host):
        self.host = host
        self.finalizer = weakref.finalize(self, release, "socket", len(host))

    def __del__(self):
        print("  __del__ of connection to", self.host)


print("1. explicit close")
f = TempFile("report.csv")
print("  closed?", f.closed, "finalizer size", sys.getsizeof(f._finalizer))
f.close()
print("  closed?", f.closed)
f.close()  # a second call does nothing
print("  call again returns", f._finalizer())
del f

print("2. the owner goes away")
g = TempFile("cache.bin")
print("  alive:", g._finalizer.alive)
del g
print("  log:", log)

print("3. __del__ runs before the finalizer when the count drops to zero")
c = Connection("db.local")
del c

print("4. in a cycle the collector runs finalizers before __del__")
c1 = Connection("a.example")
c2 = Connection("b.example")
c1.peer = c2
c2.peer = c1
del c1, c2
gc.collect()

print("5. detach and peek")
h = TempFile("keep.tmp")
obj, func, args, kwargs = h._finalizer.peek()
print("  peek:", obj is h, func.__name__, args, kwargs)
print("  detach:", h._finalizer.detach()[2], "alive", h._finalizer.alive)
del h, obj
print("  nothing ran:", len(log))

print("6. several finalizers on one object run newest first")
t = TempFile("multi.dat")
weakref.finalize(t, release, "lock", 1)
weakref.finalize(t, release, "lock", 2)
del t

print("7. what a finalizer costs")
gc.disable()
owner = TempFile("count.tmp")
before = gc.get_count()[0]
extra = weakref.finalize(owner, len, "x")
print("  objects added by finalize():", gc.get_count()[0] - before)
print("  detached:", extra.detach()[2])
gc.enable()

print("8. left for exit")
keep = TempFile("exit.log")
skip = TempFile("skip.log")
skip._finalizer.atexit = False
print("  atexit flags:", keep._finalizer.atexit, skip._finalizer.atexit)
print("log has", len(log), "entries; exiting")
