# A lesson on the classic missing-comma typo: CPython's compiler spots a display or literal that is
# called or indexed and prints a SyntaxWarning before the program runs; the call still fails at run time.

def build_grid():
    return [
        [1, 2, 3]
        [0, 1],
        [4, 5, 6],
    ]


def labels():
    return [
        ("x", 1)
        ("y", 2),
    ]


attempts = [
    build_grid,
    labels,
    lambda: "total"(3),
    lambda: None[0],
    lambda: {1, 2}[0],
    lambda: 2.5[0],
    lambda: f"{3}"[1.5],
    lambda: (n for n in range(3))[0],
    lambda: [1, 2]["first"],
    lambda: 1() + 2(),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print(type(e).__name__, e)

# Index types that are fine, so no warning: ints, bools, slices and names.
i = 1
print("abc"[0], [1, 2][True], (1, 2)[:1], [5, 6][i], {"k": 1}["k"])
