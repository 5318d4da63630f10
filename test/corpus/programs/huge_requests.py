# Asking for more memory than any machine has: CPython answers with an exception at the line that
# asked, allocates nothing half-way, and the program goes on.
import sys

kept = [1, 2, 3]
size_before = sys.getsizeof(kept)


def attempt(label, make):
    try:
        make()
    except (MemoryError, OverflowError, ValueError) as e:
        print(f"{label:<24} {type(e).__name__}: {e}")
    else:
        print(f"{label:<24} fine")


attempt("[0] * 10**12", lambda: [0] * 10**12)
attempt("'a' * 10**12", lambda: "a" * 10**12)
attempt("(0,) * 10**12", lambda: (0,) * 10**12)
attempt("[None] * 2**62", lambda: [None] * 2**62)
attempt("[1, 2] * 2**62", lambda: [1, 2] * 2**62)
attempt("'x' * 2**63", lambda: "x" * 2**63)
attempt("'ab' * 2**62", lambda: "ab" * 2**62)
attempt("[0] * -(2**64)", lambda: [0] * -(2**64))
attempt("list(range(10**12))", lambda: list(range(10**12)))
attempt("tuple(range(10**12))", lambda: tuple(range(10**12)))
attempt("joined * 10**12", lambda: " ".join(["x"] * 10) * 10**12)
attempt("1 << 10**20", lambda: 1 << 10**20)
attempt("1 << 10**12", lambda: 1 << 10**12)
attempt("int('9' * 5000)", lambda: int("9" * 5000))
attempt("str(10**5000)", lambda: str(10**5000))
attempt("f'{10**5000}'", lambda: f"{10**5000}")
attempt("'%d' % 10**5000", lambda: "%d" % 10**5000)
attempt("int('1_' * 3000 + '1')", lambda: int("1_" * 3000 + "1"))

print("limit", sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(6000)
print("digits of 10**5000:", len(str(10**5000)))
print("back from text:", int("9" * 5000) % 1000)
sys.set_int_max_str_digits(0)
print("no limit:", len(str(7**20000)))
sys.set_int_max_str_digits(4300)

big = 2 ** 100_000
print("2**100000 ends in", big % 1000, "getsizeof", sys.getsizeof(big))

# Nothing was lost: the list made before is as it was.
kept.append(4)
print(kept, sys.getsizeof(kept) - size_before)
print("still running")
