# Function and class decorators, and functools.wraps copying __name__/__doc__/__wrapped__
# (Lib/functools.py update_wrapper).
import functools

calls = []


def traced(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        calls.append(func.__name__)
        result = func(*args, **kwargs)
        print(f'{func.__name__}{args} -> {result}')
        return result
    return wrapper


@traced
def add(a, b):
    "Add two numbers."
    return a + b


def register(cls):
    cls.registered = True
    return cls


@register
class Widget:
    pass


add(2, 3)
add(10, -4)
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
print(Widget.registered, calls)


def repeat(times):
    def decorate(func):
        def run(*args):
            return [func(*args) for _ in range(times)]
        return run
    return decorate


@repeat(3)
def greet(name):
    return 'hi ' + name


print(greet('bob'))
