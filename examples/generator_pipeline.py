"""A generator pipeline: constant memory instead of whole intermediate lists.

Each stage below pulls one value at a time from the stage before, so only one item of each stage is
alive at once. The list version builds every intermediate list in full before the next stage
starts. Step through both in the inspector and compare the live objects.
"""
import sys


def numbers(limit):
    for n in range(limit):
        yield n


def squares(values):
    for v in values:
        yield v * v


def evens(values):
    for v in values:
        if v % 2 == 0:
            yield v


# Lazy: a chain of three small generator objects, whatever the limit.
pipeline = evens(squares(numbers(10_000)))
print("generator object:", sys.getsizeof(pipeline), "bytes")
print("sum of even squares (lazy):", sum(pipeline))

# Eager: the same computation with lists materialises 10,000 and then 5,000 values.
all_numbers = list(range(10_000))
all_squares = [v * v for v in all_numbers]
all_evens = [v for v in all_squares if v % 2 == 0]
print("sum of even squares (lists):", sum(all_evens))
print("intermediate lists:", sys.getsizeof(all_numbers) + sys.getsizeof(all_squares)
      + sys.getsizeof(all_evens), "bytes of pointers alone")

# A generator is used up after one pass.
once = squares(numbers(3))
print("first pass:", list(once), "second pass:", list(once))
