"""Language odds and ends: Ellipsis, __slots__, walrus, star-unpacking,
nested comprehensions, global/nonlocal, dict subclasses holding attributes, vars()."""


print(..., Ellipsis, ... is Ellipsis, type(...).__name__, repr(Ellipsis), bool(...))


def stub():
    ...


print(stub(), [1, 2, 3][...] if False else "skip")


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


v = Vec(1, 2)
print(v, Vec.__slots__, hasattr(v, "__dict__"), type(Vec.x).__name__)
try:
    v.z = 3
except AttributeError:
    print("no z on a slotted Vec")
del v.y
try:
    print(v.y)
except AttributeError as e:
    print("AttributeError:", e)

data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print(f"long list ({n} elements)")
chunks = []
it = iter(data)
while (chunk := [x for _, x in zip(range(4), it)]):
    chunks.append(chunk)
print(chunks, [y for x in data if (y := x % 5) > 1])

first, *middle, last = data
head, *tail = "hello"
*init, end = range(4)
a, (b, *c), d = 1, (2, 3, 4), 5
print(first, middle, last, head, tail, init, end, a, b, c, d)
print(*data[:3], sep=" < ")
merged = [*data[:2], *"ab", *range(2)]
options = {**{"a": 1, "b": 2}, "b": 3, **dict(c=4)}
print(merged, options, {*"abc", *"cd"} == set("abcd"))


def stats(*values, scale=1, **labels):
    return len(values), sum(values) * scale, sorted(labels)


print(stats(*data, scale=2, **{"unit": "m", "kind": "len"}))

matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
flat = [x for row in matrix for x in row if x % 2 == 0]
transposed = [[row[i] for row in matrix] for i in range(3)]
pairs = {(i, j): i * j for i in range(3) for j in range(i, 3)}
print(matrix, flat, transposed)
print(pairs, {x % 3 for x in range(10)}, {k: [v for v in range(k)] for k in range(3)})

counter = 0


def bump(by=1):
    global counter
    counter += by
    return counter


def make_accumulator():
    total = 0

    def add(x):
        nonlocal total
        total += x
        return total

    def reset():
        nonlocal total
        total = 0

    return add, reset


bump(); bump(5)
add, reset = make_accumulator()
print(counter, add(3), add(4), reset(), add(10))


class Config(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.source = "defaults"
        self.loaded = True

    def __missing__(self, key):
        return f"<no {key}>"


cfg = Config(debug=True, level=3)
cfg["name"] = "app"
print(cfg, cfg.source, cfg["missing"], len(cfg), vars(cfg), cfg.__dict__)
print(isinstance(cfg, dict), sorted(cfg.keys()), dict(cfg) == {"debug": True, "level": 3, "name": "app"})
