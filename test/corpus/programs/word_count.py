# Word counting with dicts: get/setdefault, sorting by a key, and the dict's size as it grows.
import sys

text = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away quick quick the end"""

counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(len(counts), "distinct words;", sys.getsizeof(counts), "bytes")

by_count = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in by_count[:5]:
    print(f"{word:>6} {n:2d} {'#' * n}")

first_letters = {}
for word in counts:
    first_letters.setdefault(word[0], []).append(word)
print({k: len(v) for k, v in sorted(first_letters.items())})
print(max(counts, key=counts.get), min(counts.values()), sum(counts.values()))

lengths = {len(w) for w in counts}
print(sorted(lengths), 5 in lengths, 9 in lengths)
print(dict(zip("abc", range(3))), list(enumerate(["x", "y"], start=1)))
try:
    counts["missing"]
except KeyError as e:
    print("KeyError:", e)
