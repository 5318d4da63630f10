"""Sizes, GC tracking and refcounts of collections' types, as collections.test.ts expects them:
run under each of 3.11.7, 3.12.1 and 3.13.0 (PYENV_VERSION=3.12.1 python3
test/oracle/collections/collectionsProbe.py). The script is also what the test runs on the
simulation, so its output is compared line for line."""
import gc
import sys
from collections import Counter, OrderedDict, deque, namedtuple

od = OrderedDict()
sizes = [sys.getsizeof(od)]
for i in range(12):
    od[i] = i
    sizes.append(sys.getsizeof(od))
print("odict int keys", sizes)
del od[3]
od.move_to_end(5, last=False)
print("odict after del/move", sys.getsizeof(od), od.popitem(last=False), sys.getsizeof(od))
od.clear()
print("odict cleared", sys.getsizeof(od))


class Sub(OrderedDict):
    pass


print("odict subclass", sys.getsizeof(Sub()), sys.getsizeof(Sub(a=1)))
key = "".join(["k", "ey"])
before = sys.getrefcount(key)
holder = OrderedDict({key: 1})
print("odict key refs", sys.getrefcount(key) - before)
print("counter", sys.getsizeof(Counter()), sys.getsizeof(Counter("abcabc")), sys.getsizeof(Counter(range(20))))
c = Counter("the quick brown fox jumps over the lazy dog")
print("most_common lists", sys.getsizeof(c.most_common(1)), sys.getsizeof(c.most_common(3)), sys.getsizeof(c.most_common(100)), sys.getsizeof(c.most_common()))
P = namedtuple("P", "x y z")
print("namedtuple", sys.getsizeof(P(1, 2, 3)), sys.getsizeof(P._make("abc")), gc.is_tracked(P(1, 2, 3)))
print("tracked", gc.is_tracked(Counter()), gc.is_tracked(OrderedDict()), gc.is_tracked(deque()))
d = deque(range(100))
print("deque", sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(d * 3), sys.getsizeof(deque([0]) * 130))
