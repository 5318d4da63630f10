# Failing assert statements reported with traceback.print_exc (to stderr): the carets CPython
# draws under the test on 3.11 and 3.13 and leaves out on 3.12, with and without a message.
import traceback


def check_total(items, expected):
    total = sum(items)
    assert total == expected, f"total {total} != {expected}"
    return total


def check_sorted(values):
    assert values == sorted(values)


for args in [([1, 2, 3], 6), ([1, 2], 4)]:
    try:
        print("total", check_total(*args))
    except AssertionError:
        traceback.print_exc()

try:
    check_sorted([3, 1, 2])
except AssertionError as e:
    print("unsorted:", repr(e))
    traceback.print_exc()
