# itertools.tee and itertools.batched (3.12+) in a log-processing script, with str.format_map
# templates and a bytes.translate filter; sizes and tracked objects as CPython counts them.
import gc
import itertools
import sys

readings = [12, 15, 11, 18, 21, 19, 25, 24, 30, 28]
current, ahead = itertools.tee(readings)
next(ahead)
rising = [b > a for a, b in zip(current, ahead)]
print('rising:', rising)
print('pairs:', list(itertools.pairwise('ABCD')))

a, b, c = itertools.tee(iter(range(5)), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
d = itertools.tee(a)[0]
print(type(d).__name__, type(d) is type(a), list(d), list(itertools.tee('xy', 0)))
try:
    itertools.tee([], -1)
except ValueError as err:
    print('ValueError:', err)
first, = itertools.tee('solo', 1)
e = first.__copy__()
print(next(first), next(first), next(e))

# Memory: each tee is one small tracked object; the values live in shared 57-slot links.
gc.collect()
before = len(gc.get_objects())
x, y = itertools.tee(range(1000))
print('tee size:', sys.getsizeof(x), 'tracked after tee:', len(gc.get_objects()) - before)
for _ in range(200):
    next(x)
print('tracked after 200 values:', len(gc.get_objects()) - before)
for _ in range(200):
    next(y)
print('tracked when both caught up:', len(gc.get_objects()) - before)
del x, y

if sys.version_info >= (3, 12):
    rows = [f'row{i}' for i in range(11)]
    for page, batch in enumerate(itertools.batched(rows, 4), 1):
        print(f'page {page}: {batch}')
    print(list(itertools.batched('abc', n=5)), list(itertools.batched([], 2)))
    for bad in ((range(3), 0), (range(3), 'x')):
        try:
            itertools.batched(*bad)
        except (ValueError, TypeError) as err:
            print(type(err).__name__, err)
else:
    print('no batched before 3.12:', hasattr(itertools, 'batched'))

class Defaults(dict):
    def __missing__(self, key):
        return f'<{key}?>'

template = '{name:>8} | {count:4d} | {status}'
for record in ({'name': 'alpha', 'count': 3, 'status': 'ok'}, {'name': 'beta', 'count': 12}):
    print(template.format_map(Defaults(record)))
print('{user.real} owes {items[0]}'.format_map({'user': 5, 'items': ['tea']}))
for bad in (lambda: '{0}'.format_map({}), lambda: '{missing}'.format_map({}), lambda: '{k}'.format_map([1])):
    try:
        bad()
    except (ValueError, KeyError, TypeError) as err:
        print(type(err).__name__, err)

raw = b'Hello, World! 123\tTabs\n'
table = bytes.maketrans(b'lo', b'01')
print(raw.translate(table), raw.translate(None, b'aeiou'), raw.translate(table, delete=b'\t\n'))
print(bytearray(b'spam').translate(bytearray.maketrans(b'sp', b'SP')), len(bytes.maketrans(b'', b'')))
print(raw.translate(None) is raw, str.maketrans('ab', 'xy', 'z'), 'abz'.translate(str.maketrans('ab', 'xy', 'z')))
for bad in (lambda: bytes.maketrans(b'ab', b'c'), lambda: b'x'.translate(b'short'), lambda: bytes.maketrans('a', 'b')):
    try:
        bad()
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
