# A paged view over a list: __getitem__ receives slice objects and answers with pages.
import sys
import timeit


class Pages:
    def __init__(self, items, size):
        self.items = list(items)
        self.size = size

    def __len__(self):
        return -(-len(self.items) // self.size)

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            return [self[i] for i in range(start, stop, step)]
        if key < 0:
            key += len(self)
        if not 0 <= key < len(self):
            raise IndexError("page out of range")
        return self.items[key * self.size:(key + 1) * self.size]


book = Pages(range(23), 5)
print(len(book), book[0], book[-1])
print(book[1:3])
print(book[::2])
print(book[::-1][0])
s = slice(1, None, 2)
print(s, s.start, s.stop, s.step, s.indices(len(book)))
print(slice(4), slice(-3, None), slice(None, None, -1).indices(5))
print(list(range(10))[slice(2, 8, 3)], "abcdefgh"[slice(None, None, -2)])
try:
    book[9]
except IndexError as e:
    print("IndexError:", e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    slice(0, 5).indices(-1)
except ValueError as e:
    print(e)

r = range(3, 40, 6)
print(r.start, r.stop, r.step, len(r), r[-1])

if sys.version_info >= (3, 8):
    print("walrus ok", sys.version_info.major, len(sys.version_info))
print(sys.version_info[:1], type(sys.version_info).__name__)

elapsed = timeit.timeit(lambda: book[1:4], number=50)
print(type(elapsed).__name__, elapsed >= 0, len(timeit.repeat(lambda: None, repeat=3, number=2)))
