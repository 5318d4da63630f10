# Peeking at a function's constants: CPython folds constant expressions at compile time, and the
# results live in the code object's co_consts (the "Python deep dive" interning lesson).
import sys


def seconds_per_day():
    return 24 * 60 * 60


def folded_sequences():
    a = (1, 2) * 3
    b = 'ab' * 5
    c = 'x' * 4097          # too long: CPython keeps the multiplication
    d = ['a', 'b'] * 2      # a list is built at run time from its items
    return a, b, c, d


def documented(x, limit=10):
    """Returns 'big' above the limit."""
    if x > limit:
        return 'big'
    return x / 2.5


def membership(v):
    return v in {1, 2, 3} or v in ('red', 'green')


for f in (seconds_per_day, folded_sequences, documented, membership):
    consts = f.__code__.co_consts
    print(f.__name__, consts)

print(seconds_per_day(), 24 * 60 * 60 in seconds_per_day.__code__.co_consts)
t = folded_sequences.__code__.co_consts
print('same tuple each read:', t is folded_sequences.__code__.co_consts)
print('docstring first:', documented.__code__.co_consts[0] == documented.__doc__)
print('folded tuple size:', sys.getsizeof(folded_sequences()[0]))
print('returned tuple is the constant:', folded_sequences()[0] is folded_sequences()[0])
