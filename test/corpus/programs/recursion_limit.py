# Deep recursion raises RecursionError with CPython's message (Python/ceval.c).
import sys


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())
