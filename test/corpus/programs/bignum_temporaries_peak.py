# Big-number arithmetic a maths teacher might demo, measured: what each big int costs
# (sys.getsizeof) and, from tracemalloc, the peak of temporaries CPython makes and frees on the way
# (Karatsuba halves, pow's intermediate powers, long division's shifted copies).
import sys
import tracemalloc


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


def measure(label, fn):
    """Run fn once under tracemalloc: result size, bytes kept, and the peak of temporaries."""
    fn()
    tracemalloc.reset_peak()
    result = fn()
    current, peak = tracemalloc.get_traced_memory()
    print(f"{label:>22}: getsizeof={sys.getsizeof(result):5}  temporaries peak={peak - current:5}")
    return result


tracemalloc.start()
f100 = measure("100!", lambda: factorial(100))
print("100! has", len(str(f100)), "digits, ends with", str(f100)[-30:].count("0"), "of 30 trailing zeros shown")
print("bits:", f100.bit_length(), " 30-bit digits:", (f100.bit_length() + 29) // 30)

f1000 = measure("1000!", lambda: factorial(1000))
print("1000! digits:", len(str(f1000)), " sum of digits:", sum(map(int, str(f1000))))

big_fib = measure("fib(1000)", lambda: fib(1000))
print("fib(1000) mod 1e9+7 =", big_fib % 1_000_000_007)
print("fib(1000) is even:", big_fib & 1 == 0, " popcount:", bin(big_fib).count("1"))

# Karatsuba territory: both factors have more than 70 thirty-bit digits.
square = measure("1000!**2", lambda: f1000 * f1000)
prod = measure("1000! * fib(5000)", lambda: f1000 * fib(5000))
print("square bits:", square.bit_length(), " product bits:", prod.bit_length())

# RSA with textbook-sized primes (modular exponentiation with a 5-ary window).
p = 2**127 - 1
q = 2**89 - 1
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
message = int.from_bytes(b"big ints!", "big")
cipher = measure("pow(m, e, n)", lambda: pow(message, e, n))
plain = measure("pow(c, d, n)", lambda: pow(cipher, d, n))
print("decrypted:", plain.to_bytes((plain.bit_length() + 7) // 8, "big"))
print("n bits:", n.bit_length(), " d bits:", d.bit_length())

# Bit tricks on a 300-bit mask.
mask = (1 << 300) - 1
x = measure("x", lambda: 3**180)
print("x & mask == x:", x & mask == x)
low = measure("lowest set bit", lambda: x & -x)
print("lowest set bit index:", low.bit_length() - 1)
shifted = measure("x << 77", lambda: x << 77)
back = measure("(x << 77) >> 77", lambda: shifted >> 77)
print("round trip:", back == x, " inverted:", sys.getsizeof(~x), " negated:", sys.getsizeof(-x))
flip = measure("x ^ mask", lambda: x ^ mask)
print("flip bits:", flip.bit_length(), bin(flip)[2:12])

# Long division of big numbers.
qd, rm = measure("divmod(1000!, fib(500))", lambda: divmod(f1000, fib(500)))
print("quotient bits:", qd.bit_length(), " remainder < divisor:", rm < fib(500))
digits_back = measure("int(str(100!))", lambda: int(str(f100)))
print("parsed back:", digits_back == f100, sys.getsizeof(digits_back), sys.getsizeof(f100))
