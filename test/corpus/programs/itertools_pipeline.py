# itertools pipelines (Modules/itertoolsmodule.c): lazy iterators chained together.
from itertools import accumulate, chain, count, groupby, islice, pairwise, product, takewhile
import itertools as it

squares = (n * n for n in count(1))
print(list(takewhile(lambda s: s < 50, squares)))
print(list(islice(chain('abc', range(3)), 1, None, 2)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
print([a + b for a, b in pairwise([1, 4, 9, 16])])
print(sum(1 for _ in product(range(3), repeat=3)))
print(list(it.combinations('abcd', 2))[:4], len(list(it.permutations(range(4)))))
print(list(it.zip_longest('ab', 'xyz', fillvalue='.')), list(it.starmap(divmod, [(7, 2), (9, 4)])))
