# A case-insensitive settings store built on collections.UserDict: every write goes through
# __setitem__, so keys are folded whether they come from __init__, update(), setdefault() or [].
import gc
import sys
from collections import UserDict
from collections.abc import Mapping, MutableMapping


class Settings(UserDict):
    writes = 0

    def __setitem__(self, key, value):
        Settings.writes += 1
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __delitem__(self, key):
        super().__delitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in self.data


defaults = Settings({"Host": "localhost", "PORT": 8080}, Debug=False)
print(defaults, Settings.writes)
defaults.update([("User", "admin")], Timeout=30)
print(defaults["HOST"], defaults["port"], "debug" in defaults, "DEBUG" in defaults, Settings.writes)
print(defaults.get("user"), defaults.get("missing", "-"), defaults.setdefault("Retries", 3), defaults.setdefault("retries", 9))
print(defaults.pop("TIMEOUT"), defaults.pop("timeout", None), len(defaults), sorted(defaults))

overrides = defaults.copy()
overrides["Port"] = 9090
print(type(overrides).__name__, overrides["port"], defaults["port"], overrides == defaults, overrides is defaults)
merged = defaults | {"port": 1}
print(type(merged).__name__, merged["PORT"], {"extra": True} | defaults)
print(defaults == {"host": "localhost", "port": 8080, "debug": False, "user": "admin", "retries": 3})
print(Settings.fromkeys(["A", "B"], 0), UserDict.fromkeys("xy"))

# The plain class: a dict in `data`, nothing else in the instance __dict__.
plain = UserDict(a=1)
plain["b"] = 2
del plain["a"]
print(plain, plain.data, vars(plain), repr(plain), len(plain), list(plain))
print(isinstance(plain, dict), isinstance(plain, Mapping), isinstance(plain, MutableMapping), type(plain).__mro__[1].__name__)
print(sys.getsizeof(plain), sys.getsizeof(Settings()), gc.is_tracked(plain), gc.is_tracked(plain.data))
try:
    plain["zzz"]
except KeyError as e:
    print("KeyError", e)
try:
    hash(plain)
except TypeError as e:
    print("TypeError", e)


class Counting(UserDict):
    def __missing__(self, key):
        return 0


c = Counting()
for word in "the cat and the hat".split():
    c[word] = c[word] + 1
print(c, c.popitem(), len(c))
c.clear()
print(c, len(c), bool(c))
