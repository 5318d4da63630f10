# Closures, nonlocal, default arguments, keyword arguments, recursion.
def counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = counter()
print(c(), c(), c(step=5))
d = counter(start=100)
print(d(), c())

def power(base, exp=2):
    return base ** exp

print(power(3), power(2, exp=10), power(exp=3, base=4))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(30))

def make_adders():
    return [lambda x, i=i: x + i for i in range(4)]

print([f(10) for f in make_adders()])
