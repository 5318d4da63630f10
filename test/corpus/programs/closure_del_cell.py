# Deleting a variable that an inner function captures (DELETE_DEREF): the cell stays and is empty,
# so the closure and the outer function both see the variable as unbound until it is assigned again.
import sys


def session():
    buffer = ["alpha", "beta"]

    def flush():
        return ", ".join(buffer)

    def drop():
        nonlocal buffer
        del buffer

    print("flush:", flush())
    big = [0] * 1000
    buffer.append(str(sys.getsizeof(big)))
    del buffer
    try:
        flush()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    try:
        print(len(buffer))
    except NameError as e:
        print(type(e).__name__ + ":", e)
    try:
        del buffer
    except NameError as e:
        print(type(e).__name__ + ":", e)
    buffer = ["gamma"]
    print("after rebinding:", flush(), flush.__closure__[0].cell_contents)
    drop()
    try:
        drop()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    buffer = []
    print("empty:", repr(flush()))


session()
