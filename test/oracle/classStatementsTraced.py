class A:
    pass
class B:
    def f(self):
        return 1
    def g(self, x):
        return x
class S:
    __slots__ = ('x', 'y')
class C(B):
    pass
class D:
    n = 0
    name = 'd'
    items = []
x = 1
