# While list.sort() runs, the list looks empty to the key function, and changing it is an error.
import sys

scores = [42, 7, 19, 88, 3, 56]

def peek(x):
    # The key sees the list as CPython's list_sort_impl leaves it: empty.
    print("key", x, "sees", scores, len(scores), sys.getsizeof(scores))
    return x

scores.sort(key=peek)
print("sorted:", scores, sys.getsizeof(scores))

def sneaky_append(x):
    if x == 19:
        scores.append(1000)
    return x

try:
    scores.sort(key=sneaky_append)
except ValueError as e:
    print("ValueError:", e)
print("after append attempt:", scores, len(scores))

def sneaky_clear(x):
    scores.clear()
    return -x

scores.sort(key=sneaky_clear)
print("after clear in key:", scores)

def sneaky_extend(x):
    scores.extend([x, x])
    return x

try:
    scores.sort(key=sneaky_extend, reverse=True)
except ValueError as e:
    print("ValueError:", e)
print("after extend attempt:", scores)

def failing(x):
    if x == 56:
        raise KeyError(x)
    return x

try:
    scores.sort(key=failing)
except KeyError as e:
    print("KeyError:", e)
print("after failing key:", scores)

class Probe:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return f"P{self.n}"

probes = [Probe(n) for n in (3, 1, 2)]
def key_keep(p):
    probes.insert(0, Probe(99))
    return p
try:
    probes.sort(key=key_keep)
except ValueError as e:
    print("ValueError:", e)
print(probes, sys.getrefcount(probes[0]))
