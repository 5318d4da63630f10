# The ways a Python function gets its arguments, and the reference counts they leave: exact
# positional calls, missing arguments filled from defaults, bound methods (method-form calls and
# bound method objects), keywords, *args/**kwargs forwarding, and the binding errors.
import sys
import gc


class C:
    def m(self, a, b=5):
        return a + b

    def count_self(self):
        return sys.getrefcount(self)


def f(a, b, c=3, d=4):
    return (a, b, c, d)


def g(*args, **kw):
    return args, sorted(kw.items())


def h(a, /, b, *, c=9):
    return a, b, c


def k(a, *, c):
    return a, c


def count(a):
    return sys.getrefcount(a)


def count_default(a, b=[]):
    return sys.getrefcount(b)


o = C()
bm = o.m
print(f(1, 2), f(1, 2, 5), f(1, 2, 5, 6), f(1, b=2), f(*[1, 2], **{'d': 0}))
print(o.m(1), o.m(1, 2), bm(3), bm(3, 4), C.m(o, 7))
print(g(), g(1, 2, x=3), h(1, 2), h(1, b=2, c=3), k(1, c=2))

x = object()
print('argument', count(x) - sys.getrefcount(x))
print('self, method form', o.count_self() - sys.getrefcount(o))
bound = o.count_self
print('self, bound method', bound() - sys.getrefcount(o))
del bound
print('self, temporary bound method', getattr(o, 'count_self')() - sys.getrefcount(o))
print('default', count_default(0) - sys.getrefcount(count_default.__defaults__[0]))
print('function', sys.getrefcount(count))
count(1)
print('function after a call', sys.getrefcount(count))

for call in [lambda: f(1), lambda: f(1, 2, 3, 4, 5), lambda: f(1, 2, a=1), lambda: h(a=1, b=2),
             lambda: k(1), lambda: k(1, 2), lambda: bm(), lambda: o.count_self(1), lambda: f(1, 2, e=3)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)


def rec(n):
    return rec(n + 1)


try:
    rec(0)
except RecursionError as e:
    print('RecursionError', e)


def forward(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@forward
def mix(a, b, c):
    return a + b * c


print(mix(1, 2, c=3), mix(1, 2, 3), mix(a=1, b=2, c=3))
gc.collect()
before = len(gc.get_objects())
for i in range(1000):
    mix(i, 2, c=3)
    f(i, i)
    o.m(i)
print('objects left behind', len(gc.get_objects()) - before)
