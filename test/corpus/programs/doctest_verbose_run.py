"""
A stack class checked with doctest.testmod(verbose=True), plus
run_docstring_examples and option flags given to testmod.
"""
import doctest


class Stack:
    """
    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.peek()
    2
    >>> s.pop(), s.pop()
    (2, 1)
    >>> s.pop()
    Traceback (most recent call last):
        ...
    IndexError: pop from empty stack
    """

    def __init__(self):
        self._items = []

    def push(self, item):
        """
        >>> st = Stack()
        >>> st.push("x")
        >>> st._items
        ['x']
        """
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        """Return the top item without removing it."""
        return self._items[-1]


def fib(n):
    """
    >>> [fib(i) for i in range(10)]
    [0, 1, 1, 2, 3, 5, ...]
    >>> fib(30)
    832040
    >>> fib(100)  # doctest: +SKIP
    0
    >>> print(fib(5), fib(6),
    ...       fib(7))
    5     8
    13
    """
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def helper():
    pass


print(doctest.testmod(verbose=True, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE))
print(doctest.testmod(optionflags=doctest.ELLIPSIS))


def square(x):
    """
    >>> square(SCALE)
    100
    >>> square(3)
    10
    """
    return x * x


doctest.run_docstring_examples(square, {"square": square, "SCALE": 10})
doctest.run_docstring_examples(square, {"square": square, "SCALE": 10}, verbose=True, name="square")
print(doctest.testmod(extraglobs={"SCALE": 10}, report=False))
print(doctest.ELLIPSIS, doctest.NORMALIZE_WHITESPACE, doctest.SKIP, doctest.IGNORE_EXCEPTION_DETAIL)
