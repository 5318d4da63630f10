# Call forms: f(*args, **kwargs) (CALL_FUNCTION_EX), **kwargs parameters (a dict built by
# initialize_locals), keyword-only defaults (__kwdefaults__), lambda, and function attributes.
def describe(name, *items, sep=', ', **options):
    return name + ': ' + sep.join(str(i) for i in items) + ' ' + str(sorted(options.items()))


args = ('fruits', 'apple', 'pear')
opts = {'sep': ' | ', 'color': 'red', 'ripe': True}
print(describe(*args, **opts))
print(describe('empty'))
print(*[1, 2, 3], sep='-')
print(describe.__name__, describe.__kwdefaults__, describe.__defaults__)
square = lambda x: x * x
print(square(7), square.__name__, square.__qualname__)


def configure(a, b=2, *, c, d=4):
    "Configure things."
    return (a, b, c, d)


print(configure(1, c=3), configure(*[1], **{'c': 5, 'd': 6}), configure.__doc__)
for bad in [lambda: configure(1), lambda: configure(1, 2, 3, c=1), lambda: configure(1, c=1, e=2)]:
    try:
        bad()
    except TypeError as e:
        print(e)
configure.calls = 0
configure.calls += 1
print(configure.__dict__)
