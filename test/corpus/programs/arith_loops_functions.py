def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

total = 0
for i in range(10):
    total += i * i
print(total, fib(90), 7 / 2, 7 // 2, -7 % 3, 2 ** 100)
print([1, 2, 3] + [4], (1,), 'a' * 3, len('héllo'))
