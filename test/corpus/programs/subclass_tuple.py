import sys


class T(tuple):
    pass


class Pair(tuple):
    def first(self):
        return self[0]


print(sys.getsizeof(T()), sys.getsizeof(T((1, 2))))
t = T((1, 2, 3))
print(t, t[0], len(t), t + (4,), t[1:], 2 in t, t == (1, 2, 3))
p = Pair([5, 6])
print(p, p.first(), type(p).__name__, isinstance(p, tuple))
