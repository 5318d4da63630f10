"""Memoized dynamic programming: edit distance, knapsack, coin change, LCS."""
from functools import lru_cache, cache


def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        if a[i - 1] == b[j - 1]:
            return d(i - 1, j - 1)
        return 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))

    result = d(len(a), len(b))
    info = d.cache_info()
    return result, info.hits, info.misses


for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]:
    dist, hits, misses = edit_distance(a, b)
    print(f"{a!r:>12} -> {b!r:<12} distance {dist} (hits={hits}, misses={misses})")


def knapsack(items, capacity):
    memo = {}

    def best(i, cap):
        if i == len(items) or cap == 0:
            return 0, ()
        key = (i, cap)
        if key in memo:
            return memo[key]
        name, weight, value = items[i]
        skip = best(i + 1, cap)
        result = skip
        if weight <= cap:
            v, chosen = best(i + 1, cap - weight)
            if v + value > skip[0]:
                result = (v + value, (name,) + chosen)
        memo[key] = result
        return result

    return best(0, capacity), len(memo)


ITEMS = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
(value, chosen), states = knapsack(ITEMS, 200)
print("knapsack:", value, chosen, states > 0)


@cache
def coin_ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return coin_ways(amount - coins[0], coins) + coin_ways(amount, coins[1:])


print("ways to make 100:", coin_ways(100, (50, 25, 10, 5, 1)))
print(coin_ways.cache_info())
coin_ways.cache_clear()
print(coin_ways.cache_info())


def min_coins(amount, coins):
    table = [0] + [float("inf")] * amount
    for x in range(1, amount + 1):
        for c in coins:
            if c <= x and table[x - c] + 1 < table[x]:
                table[x] = table[x - c] + 1
    return table[amount] if table[amount] != float("inf") else -1


print([min_coins(n, [1, 5, 6, 9]) for n in range(12)], min_coins(7, [2, 4]))


def lcs(a, b):
    rows = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a, 1):
        for j, y in enumerate(b, 1):
            if x == y:
                rows[i][j] = rows[i - 1][j - 1] + x
            else:
                rows[i][j] = max(rows[i - 1][j], rows[i][j - 1], key=len)
    return rows[-1][-1]


print(lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"))


@lru_cache(maxsize=3)
def square(n):
    print("  computing", n)
    return n * n


for n in [1, 2, 3, 1, 4, 2, 1]:
    square(n)
print(square.cache_info(), square.__wrapped__(5), square.__name__)
