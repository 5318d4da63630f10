# A playlist that plays backwards, a ring of readings walked from the newest, and a command
# queue drained with iter(callable, sentinel): reversed() and iter() beyond lists.
import sys
from collections import deque


class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __iter__(self):
        return iter(self.songs)

    def __reversed__(self):
        print("  (Playlist.__reversed__ called)")
        for song in self.songs[::-1]:
            yield song.upper()


class Squares:
    """A read-only sequence: reversed() walks it by index, from len() - 1 down."""

    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i


class NotReversible:
    __reversed__ = None

    def __getitem__(self, i):
        return i

    def __len__(self):
        return 3


mix = Playlist("intro", "verse", "chorus")
print("forward:", list(mix))
print("backward:", list(reversed(mix)))
print("squares reversed:", list(reversed(Squares(6))))

readings = deque(maxlen=4)
for t in [20.5, 21.0, 21.7, 22.1, 21.9, 21.4]:
    readings.append(t)
newest_first = reversed(readings)
print(type(newest_first).__name__, sys.getsizeof(newest_first))
print("newest first:", list(newest_first))
walker = reversed(readings)
print("peek:", next(walker))
readings.append(20.0)
try:
    next(walker)
except RuntimeError as e:
    print("RuntimeError:", e)

prices = {"apple": 0.5, "pear": 0.75, "melon": 2.99}
print("last added first:", list(reversed(prices.items())))
print("values backwards:", list(reversed(prices.values())))

for thing in (NotReversible(), 42, {1, 2}):
    try:
        reversed(thing)
    except TypeError as e:
        print("TypeError:", e)

commands = ["stop", "save", "move 3", "move 1", "look"]
next_command = commands.pop
drain = iter(next_command, "stop")
print(type(drain).__name__, sys.getsizeof(drain))
for cmd in drain:
    print("run:", cmd)
print("left in queue:", commands)
print("after the sentinel:", list(drain))

rolls = iter([4, 2, 6, 6, 1, 3])
print("until the first six:", list(iter(lambda: next(rolls), 6)))
try:
    iter(42, 0)
except TypeError as e:
    print("TypeError:", e)

votes = ["yes", "no", "yes", "abstain", "yes", "no"]
print("second 'yes' at", votes.index("yes", 1), "- a 'no' in the tail at", votes.index("no", -3))
print("'yes' between 3 and 5 at", votes.index("yes", 3, 5))
try:
    votes.index("maybe")
except ValueError as e:
    print("ValueError:", e)
try:
    votes.index("abstain", 0, 2)
except ValueError as e:
    print("ValueError:", e)
print("tuple:", (3, 1, 3, 1).index(3, 1))
