# copy and deepcopy of class instances: __dict__ copying, __copy__ and __deepcopy__ with a memo.
import copy

class Point:
    def __init__(self, x, y, tags):
        self.x = x
        self.y = y
        self.tags = tags

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"

p = Point(1, 2, ["a"])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q is p, q.tags is p.tags, r.tags is p.tags, r.tags == p.tags)
print(type(q).__name__, q.__dict__)

class Counter:
    copies = 0

    def __init__(self, n):
        self.n = n

    def __copy__(self):
        Counter.copies += 1
        return Counter(self.n + 100)

    def __deepcopy__(self, memo):
        Counter.copies += 10
        c = Counter(copy.deepcopy(self.n, memo))
        return c

c = Counter(5)
print(copy.copy(c).n, copy.deepcopy(c).n, Counter.copies)
pair = [c, c]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], Counter.copies)

class Empty:
    pass

e = copy.copy(Empty())
print(type(e).__name__, e.__dict__)
