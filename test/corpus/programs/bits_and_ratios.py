# Bit tricks and exact ratios: the int and float methods a numerics lesson uses.
import sys


def bits_needed(values):
    return {v: v.bit_length() for v in values}


def popcount_table(limit):
    return [n.bit_count() for n in range(limit)]


def is_power_of_two(n):
    return n > 0 and n.bit_count() == 1


print(bits_needed([0, 1, 2, 255, 256, -256, 2**64, -(2**100)]))
print(popcount_table(16))
print([n for n in range(1, 70) if is_power_of_two(n)])
mask = (1 << 12) - 1
print(mask.bit_length(), bin(mask), (mask ^ 0b1010).bit_count())

# An int's size grows by one 30-bit digit at a time (sys.int_info.bits_per_digit).
per_digit = sys.int_info.bits_per_digit
for n in [1, 2**30 - 1, 2**30, 2**60, 2**90]:
    digits = max(1, -(-n.bit_length() // per_digit))
    print(n.bit_length(), digits, sys.getsizeof(n))
print(sys.int_info)
print(sys.int_info.sizeof_digit, sys.int_info[0], len(sys.int_info))

# Floats are binary fractions: as_integer_ratio and hex show the exact value.
for x in [0.5, 0.1, 2.75, -1e-3, 1e22]:
    num, den = x.as_integer_ratio()
    print(x, num, den, den.bit_length() - 1, x.hex(), x.is_integer())
print((3.0).is_integer(), (7).as_integer_ratio(), True.as_integer_ratio())
print((5).real, (5).imag, (5).numerator, (5).denominator, (2.5).real, (2.5).imag, (4).conjugate())
print(type(True.real).__name__, type(False.numerator).__name__)
print(sys.float_info.epsilon, sys.float_info.mant_dig, sys.float_info.max == 1.7976931348623157e308)
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 > 1.0)
print(hasattr(int, "is_integer"), hasattr(float, "is_integer"))

for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (10).bit_length(2)
except TypeError as e:
    print(e)
