"""int sizes: getsizeof over magnitudes (30-bit digits) and the allocation requests of the paths
that create ints (small-int cache, _PyLong_FromMedium, _PyLong_New, x_add's extra digit, x_sub,
multiplication)."""
import sys

from oracleFacts import emit, traced

facts = {
    # getsizeof(2**k) and getsizeof(-(2**k)) for k = 0..200
    "getsizeof.pow2": [sys.getsizeof(2**k) for k in range(201)],
    "getsizeof.neg.pow2": [sys.getsizeof(-(2**k)) for k in range(201)],
    "getsizeof.pow2minus1": [sys.getsizeof(2**k - 1) for k in range(201)],
    "getsizeof.zero": sys.getsizeof(0),
}
setup = "one = len(sys.argv)\nbig = [2**(30*k) for k in range(8)]\n"
# Small ints come from the static cache: nothing is allocated.
facts["request.small"] = traced("x = one + 5", setup)
# A one-digit result of a medium add: _PyLong_FromMedium allocates sizeof(PyLongObject).
facts["request.medium"] = traced("x = one + 1000", setup)
facts["request.mediumNegative"] = traced("x = -1000 - one", setup)
# A two-digit result of two compact operands (_PyLong_FromSTwoDigits / _PyLong_FromLarge).
facts["request.twoDigitsFromCompact"] = traced("x = (2**30 - 1) + (2**30 - 1) * one", setup)
# x_add of a k-digit int and a one-digit int allocates k + 1 digits.
facts["request.xAdd"] = [traced(f"x = big[{k}] + one", setup) for k in range(1, 8)]
# x_sub allocates as many digits as the longer operand (then normalizes in place).
facts["request.xSub"] = [traced(f"x = big[{k}] - one", setup) for k in range(1, 8)]
# Multiplication of k-digit by 1-digit: k + 1 digits (x_mul / k_mul allocate size_a + size_b).
facts["request.xMul"] = [traced(f"x = big[{k}] * (one + 1)", setup) for k in range(1, 8)]
emit(facts)
