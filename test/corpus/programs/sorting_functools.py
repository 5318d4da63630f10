"""Sorting with key functions, cmp_to_key, total_ordering, reduce and partial."""
from functools import cmp_to_key, total_ordering, reduce, partial, wraps
import operator

students = [
    ("Alice", "B", 88, 21),
    ("bob", "A", 95, 19),
    ("Carol", "A", 95, 22),
    ("dave", "C", 72, 20),
    ("Eve", "B", 88, 19),
]
print(sorted(students, key=lambda s: s[2]))
print(sorted(students, key=lambda s: (-s[2], s[0])))
print([s[0] for s in sorted(students, key=lambda s: s[0].lower())])
print([s[0] for s in sorted(students, key=operator.itemgetter(1, 3))])
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["banana", "Apple", "cherry"], key=str.lower))
print(sorted("The quick brown fox".split(), key=len, reverse=True))
print(min(students, key=lambda s: s[3])[0], max(students, key=lambda s: (s[2], s[3]))[0])


def compare_versions(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)


versions = ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2", "2.0.0"]
print(sorted(versions))
print(sorted(versions, key=cmp_to_key(compare_versions)))
print(sorted(versions, key=cmp_to_key(compare_versions), reverse=True)[0])


def by_length_then_reverse_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return -1 if x > y else (1 if x < y else 0)


print(sorted(["bb", "a", "ccc", "ab", "c", "ba"], key=cmp_to_key(by_length_then_reverse_alpha)))


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(v) for v in versions]
print(sorted(vs), max(vs), min(vs))
print(Version("1.2") <= Version("1.2"), Version("2.0") >= Version("1.9.9"), Version("1.0") > Version("1.0.1"))
print(len({Version("1.0"), Version("1.0"), Version("1.1")}))

print(reduce(operator.add, range(1, 11)), reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(lambda acc, w: acc + [w.upper()] if len(w) > 3 else acc, "a tale of two cities".split(), []))
print(reduce(max, [3, 9, 2, 7]), reduce(operator.or_, [{1}, {2, 3}, {3, 4}]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

int_from_binary = partial(int, base=2)
print(int_from_binary("1011"), int_from_binary("11111111"))
power_of_two = partial(pow, 2)
print([power_of_two(n) for n in range(8)])
tag = partial("<{0}>{1}</{0}>".format)
print(tag("b", "bold"), tag.func.__name__, tag.args, tag.keywords)
sort_desc = partial(sorted, reverse=True)
print(sort_desc([3, 1, 2]), sort_desc("hello"))


def log_calls(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print(f"  {func.__name__}{args} -> {result}")
        return result
    return wrapper


@log_calls
def gcd(a, b):
    """Euclid's algorithm."""
    while b:
        a, b = b, a % b
    return a


print(reduce(gcd, [48, 180, 36]), gcd.__name__, gcd.__doc__)
records = sorted(students, key=operator.itemgetter(1))
print([(g, [s[0] for s in students if s[1] == g]) for g in sorted({s[1] for s in students})])
data = [5, 3, 8, 1]
data.sort(key=lambda x: -x)
print(data, sorted(data) is not data, list(reversed(data)))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted({3: "c", 1: "a", 2: "b"}.items(), key=operator.itemgetter(1)))
