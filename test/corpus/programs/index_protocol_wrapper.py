# A small "typed index" class, as a teacher might write to show __index__:
# instances work wherever Python needs an integer (subscripts, slices, range, repeat, bin/hex).
import operator
import sys


class Slot:
    """A seat number in a row; behaves like an int only where an index is expected."""

    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __repr__(self):
        return f"Slot({self.n})"


row = ["Ada", "Brian", "Cleo", "Dan", "Eve", "Finn"]
first, third, last = Slot(0), Slot(2), Slot(-1)

print("first:", row[first], "third:", row[third], "last:", row[last])
print("middle:", row[Slot(1):Slot(5)], "every other:", row[::Slot(2)])
print("tuple:", tuple(row)[third], "str:", "ABCDEF"[third], "bytes:", b"abcdef"[third])
print("range:", list(range(Slot(4))), list(range(Slot(1), Slot(10), Slot(3))))
print("range slice:", range(Slot(20))[Slot(2):Slot(12):Slot(5)])
print("repeat:", "ab" * Slot(3), [0] * Slot(4), Slot(2) * (1, 2))
print("bases:", bin(Slot(10)), oct(Slot(64)), hex(Slot(255)), operator.index(Slot(7)))
print("chr:", chr(Slot(65)), "pad:", "x".center(Slot(5), "*"), "zfill:", "42".zfill(Slot(5)))

seats = list(row)
seats[first] = "Ann"
del seats[last]
seats.insert(Slot(1), "Bea")
print("popped:", seats.pop(Slot(2)), "->", seats)

grid = [[0] * Slot(3) for _ in range(Slot(2))]
grid[Slot(1)][Slot(2)] = 9
print("grid:", grid, "size:", sys.getsizeof(grid[0]))

buf = bytearray(Slot(4))
buf[Slot(1)] = 255
print("buffer:", buf, bytes(Slot(2)), (258).to_bytes(Slot(2), "big"))
print("enumerate:", list(enumerate("xyz", Slot(10))))


class Broken:
    def __index__(self):
        return "three"


class NoIndex:
    pass


for label, action in [
    ("list", lambda: row[Broken()]),
    ("range", lambda: range(Broken())),
    ("slice", lambda: row[Broken():]),
    ("list no index", lambda: row[NoIndex()]),
    ("slice no index", lambda: row[NoIndex():]),
    ("repeat no index", lambda: "ab" * NoIndex()),
    ("bin no index", lambda: bin(NoIndex())),
    ("too big", lambda: row[Slot(2 ** 70)]),
    ("out of range", lambda: row[Slot(10)]),
]:
    try:
        action()
    except (TypeError, IndexError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
