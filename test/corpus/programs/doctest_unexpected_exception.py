"""A doctest run where one example raises unexpectedly: doctest's report shows the traceback."""
import doctest


def parse_price(text):
    """Parse a price like '$3.50' into cents.

    >>> parse_price('$3.50')
    350
    >>> parse_price('3.50')
    350
    >>> parse_price('$abc')
    Traceback (most recent call last):
        ...
    ValueError: not a price: '$abc'
    """
    if not text.startswith('$'):
        raise ValueError(f"missing dollar sign in {text!r}")
    try:
        return round(float(text[1:]) * 100)
    except ValueError:
        raise ValueError(f"not a price: {text!r}") from None


def average(values):
    """Average of a list.

    >>> average([1, 2, 3])
    2.0
    >>> average([])
    0.0
    """
    return sum(values) / len(values)


results = doctest.testmod()
print(results)
