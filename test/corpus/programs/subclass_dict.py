import sys


class D(dict):
    pass


class Zero(dict):
    def __missing__(self, key):
        return 0


d = D(a=1)
d['b'] = 2
print(d, len(d), d.get('a'), sorted(d.items()), type(d).__name__, isinstance(d, dict))
print(sys.getsizeof(D()))
counts = Zero()
for word in 'the cat and the hat and the bat'.split():
    counts[word] += 1
print(counts, counts['dog'], 'dog' in counts)
