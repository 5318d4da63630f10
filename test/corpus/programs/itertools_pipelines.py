"""Generator pipelines with itertools: log processing, combinatorics, running totals."""
import itertools
from itertools import groupby, accumulate, chain, islice, product, permutations, combinations
import operator

LOG = """\
2024-01-01 INFO start
2024-01-01 WARN disk 81%
2024-01-01 INFO request 200
2024-01-02 ERROR timeout
2024-01-02 INFO request 200
2024-01-02 INFO request 404
2024-01-03 WARN disk 92%
2024-01-03 ERROR crash
2024-01-03 INFO restart
"""


def read_lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line


def parse(lines):
    for line in lines:
        day, level, *rest = line.split()
        yield {"day": day, "level": level, "msg": " ".join(rest)}


def only(levels, records):
    return (r for r in records if r["level"] in levels)


records = list(parse(read_lines(LOG)))
for day, group in groupby(records, key=lambda r: r["day"]):
    levels = [r["level"] for r in group]
    print(day, len(levels), sorted(set(levels)))
for level, group in groupby(sorted(records, key=operator.itemgetter("level")), key=operator.itemgetter("level")):
    print(f"{level:<5} {sum(1 for _ in group)}")
print([r["msg"] for r in only({"ERROR", "WARN"}, records)])

sales = [3, 5, 2, 8, 6, 1]
print(list(accumulate(sales)), list(accumulate(sales, max)), list(accumulate(sales, operator.mul)))
print(list(accumulate(sales, initial=100)), list(accumulate([])))
print(list(chain([1, 2], "ab", (None,))), list(chain.from_iterable([[1], [2, 3], []])))


def naturals():
    n = 0
    while True:
        yield n
        n += 1


squares = (n * n for n in naturals())
print(list(islice(squares, 5)), list(islice(naturals(), 2, 12, 3)), list(islice("abcdefg", 3)))
print(list(itertools.takewhile(lambda x: x < 20, (n * n for n in naturals()))))
print(list(itertools.dropwhile(lambda c: c != "d", "abcdefab")))
print(list(product("ab", [1, 2])), len(list(product(range(3), repeat=3))))
print(["".join(p) for p in permutations("abc")], list(permutations(range(4), 2))[:5])
print(list(combinations("abcd", 2)), list(itertools.combinations_with_replacement("ab", 3)))
coins = [1, 2, 5, 10]
print(sorted({sum(c) for r in range(1, 3) for c in combinations(coins, r)}))
print([c for c in combinations(range(1, 10), 3) if sum(c) == 15][:6])
print(list(zip("abc", itertools.count(10, 5))), list(itertools.repeat("x", 3)))
print(list(islice(itertools.cycle("RGB"), 7)), list(itertools.starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(itertools.zip_longest("abcd", [1, 2], fillvalue="-")), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.filterfalse(str.isdigit, "a1b2c3")), [list(g) for k, g in groupby("aaabccdddd")])
a, b = iter([1, 2, 3]), iter((1, 2, 3))
print(list(a), list(b), list(itertools.pairwise([1, 4, 9, 16])))
print(dict(enumerate("xyz", start=1)), list(map(operator.add, [1, 2], [10, 20])), list(filter(None, [0, 1, "", "a", None])))
totals = {k: sum(x for _, x in g) for k, g in groupby(sorted([("b", 2), ("a", 1), ("b", 5), ("a", 3)]), key=operator.itemgetter(0))}
print(totals)
pipeline = map(str.upper, filter(lambda w: len(w) > 2, "to be or not to be that is the question".split()))
print(next(pipeline), next(pipeline), list(pipeline))
gen = (x for x in range(3))
print(list(gen), list(gen), sum(x * y for x, y in product(range(4), repeat=2)))
