# A library author marks old APIs with warnings.deprecated (new in 3.13, PEP 702); earlier
# versions do not have it, so the script falls back to a marker of its own.
import sys
import warnings

HAVE = hasattr(warnings, "deprecated")
print("warnings.deprecated available:", HAVE)
try:
    warnings.deprecated
except AttributeError as e:
    print("AttributeError:", e)

if HAVE:
    deprecated = warnings.deprecated
else:
    def deprecated(message, /, *, category=DeprecationWarning, stacklevel=1):
        def mark(arg):
            arg.__deprecated__ = message
            return arg
        return mark


@deprecated("use area() instead")
def surface(w, h):
    """The old name of area()."""
    return w * h


@deprecated("Point2 replaces Point", category=FutureWarning)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


@deprecated("only documented", category=None)
def quiet():
    return "quiet"


@deprecated("callers are blamed", stacklevel=2)
def blame():
    return "blamed"


def helper():
    return blame()


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("surface:", surface(3, 4), surface.__name__, surface.__doc__)
    p = Point(1, 2)
    print("point:", p.x, p.y, type(p).__name__)

    class Point3(Point):
        pass

    print("point3:", Point3(1, 2).x)
    print("quiet:", quiet())
    print("helper:", helper())

print("markers:", surface.__deprecated__, "|", Point.__deprecated__, "|", quiet.__deprecated__)
for w in caught:
    print("  ", w.category.__name__, "line", w.lineno, "-", w.message)

if HAVE:
    d = deprecated("plain")
    print("fields:", d.message, d.category.__name__, d.stacklevel, type(d).__name__)
    print("wrapped:", surface.__wrapped__(2, 5), surface.__wrapped__.__deprecated__)
    for bad in (3, None):
        try:
            deprecated(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        deprecated("x")(42)
    except TypeError as e:
        print("TypeError:", e)

    @deprecated("bare class")
    class Bare:
        pass

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            Bare()
        except DeprecationWarning as e:
            print("error action:", e)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            Bare(1)
        except TypeError as e:
            print("TypeError:", e)
    print("Bare(1) warned first:", [str(w.message) for w in caught])
else:
    print("fallback marker only:", sys.version_info[:2] < (3, 13))
