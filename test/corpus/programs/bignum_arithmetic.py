# Big-number arithmetic a maths teacher might demo: factorials, Fibonacci, RSA-style modular
# exponentiation and bit tricks, and what each big int costs in memory.
import sys


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def show(label, value):
    print(f"{label:>16}: {value.bit_length():6} bits  getsizeof={sys.getsizeof(value)}")


f100 = factorial(100)
f1000 = factorial(1000)
show("100!", f100)
show("1000!", f1000)
print("100! digits:", len(str(f100)), " digit sum:", sum(map(int, str(f100))))
fibs = [fib(n) for n in (10, 100, 500, 1000)]
for n, v in zip((10, 100, 500, 1000), fibs):
    show(f"fib({n})", v)

# Products big enough for Karatsuba (both factors over 70 thirty-bit digits).
square = f1000 * f1000
mixed = f1000 * fibs[3]
lopsided = f100 * f1000
show("1000!**2", square)
show("1000!*fib(1000)", mixed)
show("100!*1000!", lopsided)

# Powers and modular exponentiation (textbook RSA with Mersenne primes).
cube = fibs[2] ** 3
p = 2**127 - 1
q = 2**89 - 1
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
message = int.from_bytes(b"big ints!", "big")
cipher = pow(message, e, n)
plain = pow(cipher, d, n)
show("fib(500)**3", cube)
show("n", n)
show("cipher", cipher)
print("decrypted:", plain.to_bytes((plain.bit_length() + 7) // 8, "big"))

# Division of big numbers.
quotient = f1000 // fibs[3]
remainder = f1000 % fibs[3]
qr = divmod(-f1000, fibs[2])
show("1000!//fib(1000)", quotient)
show("1000!%fib(1000)", remainder)
print("divmod parts:", qr[0].bit_length(), qr[1].bit_length(), " check:", qr[0] * fibs[2] + qr[1] == -f1000)

# Bit tricks.
x = 3**180 << 13
mask = (1 << 300) - 1
low = x & -x
high = x >> 200
flipped = x ^ mask
both = x | (1 << 299)
inverted = ~x
negated = -x
print("lowest set bit:", low.bit_length() - 1, " popcount:", bin(x).count("1"))
show("x", x)
show("x >> 200", high)
show("x ^ mask", flipped)
show("x | 1<<299", both)
show("~x", inverted)
show("-x", negated)
print("abs(x) is x:", abs(x) is x, " abs(-x) == x:", abs(negated) == x)

# Parsing and printing.
parsed = int(str(f100))
hexed = int(hex(x), 16)
print("round trips:", parsed == f100, hexed == x, sys.getsizeof(parsed), sys.getsizeof(hexed))
