# In the collector, weakrefs to garbage are cleared and their callbacks run before any __del__
# (handle_weakrefs, then finalize_garbage); a weakref that is itself garbage never calls back.
# On the refcount path, __del__ runs first, then the weakref callbacks.
import gc
import weakref

gc.disable()
gc.collect()
log = []


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append("del " + self.name)


class P:
    pass


a = A("a")
b = A("b")
a.o = b
b.o = a
wa = weakref.ref(a, lambda r: log.append("wcb a (alive=%s)" % (r() is not None)))
wb = weakref.ref(b, lambda r: log.append("wcb b (alive=%s)" % (r() is not None)))
del a, b
print("cycle of 2 with __del__ and weakref callbacks:", gc.collect(), log)
print("refs dead:", wa() is None, wb() is None)
log.clear()

# the weakref is part of the garbage: its callback never runs
p = P()
p.me = p
p.w = weakref.ref(p, lambda r: log.append("never"))
del p
print("weakref inside the garbage:", gc.collect(), log)

# weakrefs without callbacks are just cleared
q = P()
q.me = q
wq = weakref.ref(q)
del q
print("plain weakref:", gc.collect(), wq())

# refcount path: __del__, then the callback, then the next statement
x = A("x")
wx = weakref.ref(x, lambda r: log.append("wcb x"))
log.append("before")
del x
log.append("after")
print("refcount path:", log)
log.clear()

# two callbacks on one object: newest first; a callback may drop its own weakref
y = A("y")
w1 = weakref.ref(y, lambda r: log.append("cb1"))
w2 = weakref.ref(y, lambda r: log.append("cb2"))
print("getweakrefcount:", weakref.getweakrefcount(y), len(weakref.getweakrefs(y)))
del y
print("two callbacks:", log)
log.clear()

# resurrection: __del__ stores the object; its weakrefs were already cleared
saved = []


class R:
    def __del__(self):
        saved.append(self)
        log.append("R del")


r = R()
r.self = r
wr = weakref.ref(r, lambda ref: log.append("wcb r"))
del r
print("resurrected:", gc.collect(), log, len(saved), wr() is None)
log.clear()

# functions and sets clear their weakrefs when they are freed
def f():
    pass


s = {1, 2}
wf = weakref.ref(f, lambda ref: log.append("f gone"))
ws = weakref.ref(s, lambda ref: log.append("s gone"))
print("alive:", wf() is f, ws() is s)
del f
del s
print("functions and sets:", log)
