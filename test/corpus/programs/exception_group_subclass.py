# Subclassing ExceptionGroup: a __new__ that takes an extra field and a derive() that keeps it,
# so split() and except* hand back the subclass; an __init__ override; getsizeof of instances.
class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def derive(self, excs):
        return MyGroup(self.message, excs, self.code)


g = MyGroup("m", [ValueError(1), TypeError(2)], 7)
print(repr(g), g.code, g.args)
m, r = g.split(ValueError)
print(repr(m), m.code, type(r).__name__)
try:
    raise g
except* TypeError as e:
    print(type(e).__name__, e.code, repr(e))
except* ValueError as e:
    print(type(e).__name__, e.code)


class Init(ExceptionGroup):
    def __init__(self, message, excs):
        super().__init__(message, excs)
        self.extra = len(excs)


i = Init("i", [ValueError()])
print(repr(i), i.extra, i.exceptions)
try:
    Init("i", [])
except ValueError as e:
    print(e)
import sys
print(sys.getsizeof(g), sys.getsizeof(i))
e = ExceptionGroup("x", [ValueError()])
e.tag = 5
print(e.tag, e.__dict__)
