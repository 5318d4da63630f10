# Allocation-heavy: builds and drops lists of floats, tuples and ints in a loop.
total = 0.0
for round_ in range(200):
    points = [(i * 0.5, i * 1.5) for i in range(1000)]
    total += points[-1][0]
    squares = [n * n for n in range(1000, 2000)]
    total += squares[-1]
print(total)
