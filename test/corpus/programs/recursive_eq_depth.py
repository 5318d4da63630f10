# A linked chain compared with ==: each level's __eq__ compares the next links, so a long
# chain runs into the recursion limit through the comparison itself.
import sys

class Link:
    def __init__(self, value, rest=None):
        self.value = value
        self.rest = rest

    def __eq__(self, other):
        global depth
        depth += 1
        return isinstance(other, Link) and self.value == other.value and self.rest == other.rest

def chain(n):
    head = None
    for i in range(n):
        head = Link(i, head)
    return head

print(sys.getrecursionlimit())
for n in (10, 200, 5000):
    depth = 0
    try:
        print(n, chain(n) == chain(n), depth)
    except RecursionError as e:
        print(n, "RecursionError:", e, depth)

class Echo:
    def __eq__(self, other):
        global depth
        depth += 1
        return self == other

depth = 0
try:
    Echo() == 1
except RecursionError as e:
    print("Echo RecursionError:", e, depth)
