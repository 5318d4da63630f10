"""
Number theory helpers whose docstrings hold some wrong expectations: running
the file shows doctest's failure report.

>>> gcd(12, 18)
6
"""


def gcd(a: int, b: int) -> int:
    """
    >>> gcd(48, 18)
    6
    >>> gcd(7, 5)
    2
    """
    while b:
        a, b = b, a % b
    return abs(a)


def prime_factors(n: int) -> list:
    """
    >>> prime_factors(360)
    [2, 2, 2, 3, 3, 5]
    >>> prime_factors(97)
    [97]
    >>> prime_factors(0)
    Traceback (most recent call last):
        ...
    ValueError: n must be positive
    >>> prime_factors(-4)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else entirely
    """
    if n <= 0:
        raise ValueError("n must be positive")
    factors, d = [], 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


def table(n: int) -> None:
    """
    >>> table(3)
    1 2 3
    <BLANKLINE>
    2 4 6
    >>> table(2)
    1 2
    2 4
    >>> table(0)
    nothing
    >>> print("unexpected")
    >>> len([1, 2, 3])
    3
    >>> 1 == 1
    1
    >>> print("a  b")  # doctest: +NORMALIZE_WHITESPACE
    a b
    """
    for i in range(1, n + 1):
        print(" ".join(str(i * j) for j in range(1, n + 1)))
        if i < n:
            print()


class Fraction:
    """
    >>> Fraction(1, 2) + Fraction(1, 3)
    Fraction(5, 6)
    >>> Fraction(2, 4)
    Fraction(1, 2)
    """

    def __init__(self, num, den):
        self.num, self.den = num, den

    def __add__(self, other):
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    @property
    def value(self):
        """
        >>> Fraction(1, 4).value
        0.25
        >>> Fraction(1, 3).value
        0.333
        """
        return self.num / self.den


if __name__ == "__main__":
    import doctest

    results = doctest.testmod()
    print(results)
    print(results.failed, results.attempted, results == (results.failed, results.attempted))
