# collections.UserList and UserString as people subclass them: a validating list, a
# history-keeping list, and a case-insensitive string.
import gc
import sys
from collections import UserList, UserString


class TypedList(UserList):
    """A list that only accepts ints."""

    def __init__(self, items=()):
        super().__init__()
        for x in items:
            self.append(x)

    def append(self, item):
        if not isinstance(item, int):
            raise TypeError(f"TypedList accepts ints, not {type(item).__name__}")
        super().append(item)

    def insert(self, i, item):
        if not isinstance(item, int):
            raise TypeError("ints only")
        super().insert(i, item)


nums = TypedList([5, 3, 8])
nums.append(1)
nums.insert(0, 9)
print(nums, len(nums), nums[1], nums[-1])
try:
    nums.append("x")
except TypeError as e:
    print("TypeError:", e)
print(type(nums[1:3]).__name__, nums[1:3])
print(sorted(nums), max(nums), sum(nums))
nums.sort(reverse=True)
print(nums, nums.index(5), nums.count(3), 8 in nums, 42 in nums)
print(list(reversed(nums)), [x * 2 for x in nums])
nums.extend([7, 7])   # extend bypasses append, as in CPython
print(nums, nums.pop(), nums.pop(0), nums)
nums.remove(7)
print(nums)
both = nums + [100]
print(type(both).__name__, both, type([0] + nums).__name__, type(nums * 2).__name__, nums * 2)
nums += (11, 12)
nums *= 1
print(nums, nums == [8, 5, 3, 1, 11, 12], nums < [9], nums > TypedList([8, 5]))
c = nums.copy()
c.reverse()
print(type(c).__name__, c, nums)
del nums[0]
nums[0] = 50
print(nums, bool(TypedList()), bool(nums))
try:
    TypedList().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    nums.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(nums)
except TypeError as e:
    print("TypeError:", e)


class History(UserList):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def append(self, item):
        super().append(item)
        if len(self.data) > self.limit:
            del self.data[0]


h = History(3)
for cmd in ["ls", "cd /tmp", "make", "git status", "pytest"]:
    h.append(cmd)
print(h, h.limit, h[0], repr(h))
print(isinstance(h, UserList), issubclass(History, list), UserList.__mro__[1].__name__)


class IStr(UserString):
    """A string that compares and hashes case-insensitively."""

    def __eq__(self, other):
        return self.data.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.data.lower())


name = IStr("Alice")
print(name == "ALICE", name == "bob", name in {IStr("alice")}, repr(name), str(name))
print(type(name.upper()).__name__, name.upper(), name.lower(), name[0], type(name[1:]).__name__)
print(name + "!", "Hi " + name, type("Hi " + name).__name__, name * 2, len(name))
print(name.split("i"), name.partition("l"), name.find("i"), name.count("l"), name.startswith("Al"))
print(name.replace("A", "E"), name.center(11, "*"), name.zfill(8), [c for c in name])
print(IStr("%s=%d") % ("x", 3), name.encode(), name.isalpha(), name.join(["[", "]"]))
s = UserString("  padded text  ")
print(repr(s.strip()), repr(s), s.title(), s.swapcase(), UserString(42), UserString(s) == s)
print(int(UserString("17")) + 1, float(UserString("2.5")), hash(UserString("k")) == hash("k"))
print(s < "z", UserString("b") > UserString("a"), "pad" in s, UserString("text") in s)
print(UserString("a-b-c").rsplit("-", 1), UserString("x\ny").splitlines(), UserString("tab\tx").expandtabs(4))

print(sys.getsizeof(nums) == sys.getsizeof(name), gc.is_tracked(nums), gc.is_tracked(name))
print(sys.getsizeof(nums.data), sys.getsizeof(name.data), sys.getsizeof(TypedList([1, 2, 3]).data))
print(sys.getsizeof(UserList([1, 2, 3]).data), sys.getsizeof(UserList(range(10)).data))
