# Word frequencies with collections.Counter: counting, most_common, and counter arithmetic.
import sys
import gc
from collections import Counter

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""

words = [w.strip(",").lower() for w in text.split()]
freq = Counter(words)
print("distinct words:", len(freq), "total:", freq.total())
print("top 3:", freq.most_common(3))
for word, n in freq.most_common(5):
    print(f"{word:>12} {'#' * n}")
print("never seen:", freq["dickens"], "still distinct:", len(freq))

letters = Counter(c for c in text.lower() if c.isalpha())
print(letters.most_common(4))
print("".join(sorted(Counter("mississippi").elements())))

first_half = Counter(words[: len(words) // 2])
second_half = Counter(words[len(words) // 2 :])
print("both halves:", (first_half & second_half).most_common(3))
print("either half:", len(first_half | second_half))
print("added:", (first_half + second_half) == freq)
print("only first:", first_half - second_half)

stock = Counter(apples=3, pears=1)
stock.subtract(apples=5, plums=2)
print(stock, +stock, -stock)
stock.update(["pears", "pears"])
print(stock, stock <= Counter(apples=0, pears=3))

inventory = Counter()
inventory += Counter(a=2, b=-1)
print(inventory, repr(Counter()), Counter("aab") == {"a": 2, "b": 1})

print("getsizeof empty Counter", sys.getsizeof(Counter()))
print("getsizeof letters", sys.getsizeof(letters))
print("most_common sizes", sys.getsizeof(freq.most_common(1)), sys.getsizeof(freq.most_common(4)))
print("tracked", gc.is_tracked(Counter()), isinstance(freq, dict))
print("refcount", sys.getrefcount(freq))
