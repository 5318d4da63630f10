# A keyed registry built from a validation mixin placed before dict: the class extends dict's
# layout (dict is the best base even though the mixin comes first), and the mixin's super()
# calls reach dict's own __init__, __setitem__ and __getitem__.
import sys


class ValidatedKeysMixin:
    def __init__(self, *args, _key_type, **kwargs):
        self.__key_type = _key_type
        super().__init__(*args, **kwargs)

    def __setitem__(self, key, value):
        if not isinstance(key, self.__key_type):
            raise TypeError('Keys must be ' + str(self.__key_type))
        super().__setitem__(key, value)


class LoggingMixin:
    def __getitem__(self, key):
        value = super().__getitem__(key)
        print(f'  read {key!r} -> {value!r}')
        return value


class Registry(LoggingMixin, ValidatedKeysMixin, dict):
    pass


class History(LoggingMixin, list):
    pass


r = Registry(name='Dave', n=37, _key_type=str)
print(r, len(r), isinstance(r, dict), Registry.__base__.__name__)
r['city'] = 'Chicago'
try:
    r[42] = 10
except TypeError as e:
    print('refused:', e)
print(r['city'], sorted(r))
print([c.__name__ for c in Registry.__mro__])
print('has __dict__:', hasattr(r, '__dict__'), r.__dict__)

h = History([3, 1, 2])
h.sort()
print(h, h[0], h[-1], History.__base__.__name__)

# object.__sizeof__ of a dict subclass counts the dict struct plus the __dict__ member.
print(sys.getsizeof(Registry(_key_type=str)) - sys.getsizeof({}))

try:
    class Broken(int, str):
        pass
except TypeError as e:
    print('TypeError:', e)
