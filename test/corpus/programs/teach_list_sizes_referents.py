# A lesson on how lists hold references: literal sizes, growth by insert and extend,
# what the collector sees inside containers, and classes that report their own size.
import gc
import sys

print("== literals are sized exactly (rounded up to even)")
for n in range(1, 10):
    lit = eval("[" + ",".join(str(i) for i in range(n)) + "]")
    print(n, sys.getsizeof(lit))
five = [10, 20, 30, 40, 50]
print("five:", sys.getsizeof(five))
five.insert(0, 0)
print("after insert:", sys.getsizeof(five))
five.append(60)
print("after append:", sys.getsizeof(five))
nine = [1, 2, 3, 4, 5, 6, 7, 8, 9]
print("nine:", sys.getsizeof(nine))
nine.insert(4, 99)
print("nine after insert:", sys.getsizeof(nine))
words = ["a", "b", "c", "d", "e"]
print("words:", sys.getsizeof(words), sys.getsizeof(words + ["f"]), sys.getsizeof([*words, "f"]))

print("== what the collector sees")
print(gc.get_referents([1, "a", None]))
print(gc.get_referents((1, 2, 3)))
print(gc.get_referents({"x": 1, "y": [2]}))
print(gc.get_referents({1: "one", 2: "two"}))
print(gc.get_referents([1, 2], (3, 4)))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(3, 4)
print(sorted(type(r).__name__ for r in gc.get_referents(p)))

print("== singletons")
print(type(None)() is None)
print(type(...)() is ...)
print(type(NotImplemented)() is NotImplemented)
try:
    type(None)(1)
except TypeError as e:
    print("TypeError:", e)


class Blob:
    def __init__(self, n):
        self.data = bytes(n)

    def __sizeof__(self):
        return object.__sizeof__(self) + len(self.data)


class Liar:
    def __sizeof__(self):
        return -1


class Strange:
    __slots__ = ()

    def __sizeof__(self):
        return "big"


print("== classes reporting their size")
print(sys.getsizeof(Blob(1000)), sys.getsizeof(Blob(0)))
try:
    sys.getsizeof(Liar())
except ValueError as e:
    print("ValueError:", e)
try:
    sys.getsizeof(Strange())
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(Strange(), -1))
