# Compute-heavy: integer arithmetic and function calls, few allocations that survive.
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

best = 0
for i in range(1, 20000):
    s = collatz(i)
    if s > best:
        best = s
print(best)
