# How deep can a recursive __repr__ go before RecursionError? CPython 3.11 counts C-level
# recursion guards (repr(), built-in calls) against the same limit as Python frames, 3.12 has a
# separate C budget, and 3.13 counts only Python frames here.
import sys


class Node:
    """A linked list whose repr is built recursively."""

    def __init__(self, value, child=None):
        self.value = value
        self.child = child

    def __repr__(self):
        return f"Node({self.value}, {self.child!r})" if self.child else f"Node({self.value})"


def chain(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def nested_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


# A low limit keeps the nesting shallow enough for any stack.
sys.setrecursionlimit(150)
print("recursion limit:", sys.getrecursionlimit())
print(repr(chain(3)))
print(len(repr(chain(20))))

for n in (40, 45, 47, 48, 49, 50, 60, 140, 147, 148, 149, 150, 300):
    try:
        text = repr(chain(n))
        print(n, "ok", len(text))
    except RecursionError as e:
        print(n, "RecursionError:", e)

for n in (100, 146, 147, 148, 149, 150, 300):
    try:
        print(n, "list ok", len(repr(nested_list(n))))
    except RecursionError as e:
        print(n, "list RecursionError:", e)


calls = 0


class Selfish:
    def __repr__(self):
        global calls
        calls += 1
        return repr(self)


try:
    repr(Selfish())
except RecursionError as e:
    print("Selfish.__repr__ ran", calls, "times:", e)
print(repr(chain(2)))
