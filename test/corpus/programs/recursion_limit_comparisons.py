# Where does runaway recursion stop? Each function recurses without a base case that
# is ever reached; we record how deep it got and what the RecursionError said.
import sys

depth = 0


def probe(label, func, *args):
    global depth
    depth = 0
    try:
        func(*args)
    except RecursionError as e:
        print(f"{label:<28} depth={depth:<5} {e}")


def countdown_float(n):
    global depth
    depth += 1
    if n == 0:          # 2.5 never equals 0: int vs float comparison
        return 0
    return countdown_float(n - 1)


def countdown_int(n):
    global depth
    depth += 1
    if n == 0:          # int vs int
        return 0
    return countdown_int(n - 1)


def returns_comparison(n):
    global depth
    depth += 1
    flag = n < -5       # a comparison that is not part of an if
    return returns_comparison(n - 1) or flag


def compare_lists(items):
    global depth
    depth += 1
    if items == [0, 1]:
        return 0
    return compare_lists(items)


def compare_strings(word):
    global depth
    depth += 1
    if word == "stop":
        return 0
    return compare_strings(word)


def order_strings(word):
    global depth
    depth += 1
    if word < "a":
        return 0
    return order_strings(word)


def compare_tuples(pair):
    global depth
    depth += 1
    if pair < (0, 0):
        return 0
    return compare_tuples(pair)


def big_ints(n):
    global depth
    depth += 1
    if n == 2 ** 40:
        return 0
    return big_ints(n + 1)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents


NOBODY = Money(-1)


def compare_objects(m):
    global depth
    depth += 1
    if m == NOBODY:
        return 0
    return compare_objects(m)


def count_range(n):
    global depth
    depth += 1
    for _ in range(n, n + 1):   # range() compares its bounds in C
        return count_range(n + 1)


def str_of_int(n):
    global depth
    depth += 1
    label = str(n)
    return str_of_int(n + 1) + label


def fstring_of_int(n):
    global depth
    depth += 1
    label = f"{n}"
    return fstring_of_int(n + 1) + label


probe("int == float", countdown_float, 2.5)
probe("int == int", countdown_int, -1)
probe("comparison stored", returns_comparison, 10)
probe("list == list", compare_lists, [1, 2])
probe("str == str", compare_strings, "go")
probe("str < str", order_strings, "go")
probe("tuple < tuple", compare_tuples, (1, 2))
probe("big int == big int", big_ints, 2 ** 35)
probe("__eq__ in Python", compare_objects, Money(5))
probe("range()", count_range, 0)
probe("str(int)", str_of_int, 0)
probe("f-string of int", fstring_of_int, 0)
print("limit", sys.getrecursionlimit())
