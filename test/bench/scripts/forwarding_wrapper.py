# A decorator forwarding *args/**kwargs to a 3-argument function: every call packs an args
# tuple and a kwargs dict, then unpacks them again into the wrapped function's frame.
def logged(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@logged
def mix(a, b, c):
    return a + b * c


total = 0
for i in range(300000):
    total += mix(i, 2, c=3)
print(total)
