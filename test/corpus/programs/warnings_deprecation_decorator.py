# A library author's deprecation helper: a decorator that warns callers (not the library) that a
# function is going away, pointing the warning at the caller's line with stacklevel=2.
import functools
import sys
import warnings


def deprecated(reason, *, since=None):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            note = f" (since {since})" if since else ""
            warnings.warn(f"{func.__name__}() is deprecated{note}: {reason}",
                          DeprecationWarning, stacklevel=2)
            return func(*args, **kwargs)
        return wrapper
    return decorate


@deprecated("use area() instead", since="2.0")
def surface(width, height):
    return width * height


@deprecated("use Celsius objects")
def to_celsius(f):
    return round((f - 32) * 5 / 9, 1)


def area(width, height):
    return width * height


# The script runs with the default filters in place; show every DeprecationWarning once per line.
warnings.simplefilter("default", DeprecationWarning)
print("surface:", surface(3, 4))
sys.stderr.flush()
for f in (32, 212, 98.6):
    print("celsius:", to_celsius(f))      # one warning: same line, same text
print("area:", area(3, 4))
print(surface.__name__, surface.__wrapped__.__name__)

# A library-side call (stacklevel points at the function calling surface()).
def report(rows):
    return [surface(w, h) for w, h in rows]

print("report:", report([(1, 2), (3, 4)]))
registry = globals()["__warningregistry__"]
print("registry keys:", sorted(k[0] for k in registry if k != "version"))

# Turning them into errors, as a test suite would.
warnings.simplefilter("error", DeprecationWarning)
try:
    surface(1, 1)
except DeprecationWarning as exc:
    print("error:", type(exc).__name__, exc)

# Silenced for a block only.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    print("quiet:", to_celsius(50))
print("filters restored:", warnings.filters[0][:3])
