# A settings class built from properties, documented through their getters'
# docstrings, and a subclass that extends them with super() checks.
import sys


class Setting:
    def __init__(self, name, value):
        self._name = name
        self._value = value

    @property
    def name(self):
        """The setting's key, read-only."""
        return self._name

    @property
    def value(self):
        """The current value; assigning validates it."""
        return self._value

    @value.setter
    def value(self, v):
        self._value = self.validate(v)

    def validate(self, v):
        return v

    def _get_label(self):
        return self._name.replace("_", " ").title()

    label = property(_get_label, doc="A human-readable label.")
    raw = property(lambda self: (self._name, self._value))


class IntSetting(Setting):
    def __init__(self, name, value, lo, hi):
        super().__init__(name, value)
        self.lo, self.hi = lo, hi

    def validate(self, v):
        v = super().validate(int(v))
        if not self.lo <= v <= self.hi:
            raise ValueError(f"{self.name} must be in [{self.lo}, {self.hi}], got {v}")
        return v

    def describe(self):
        s = super()
        return f"{type(s).__name__} of {type(self).__name__}: {isinstance(s, super)}"


for attr in ("name", "value", "label", "raw"):
    prop = Setting.__dict__[attr]
    print(f"{attr:6} {type(prop).__name__:9} {isinstance(prop, property)} doc={prop.__doc__!r}")

# getter() copies keep an explicit doc; a doc from the getter follows the new getter.
def shout(self):
    "The label, loud."
    return self._get_label().upper()

print(Setting.label.getter(shout).__doc__)
print(Setting.value.getter(shout).__doc__)
print(Setting.value.setter(None).__doc__)
print(property(None, None, None, "explicit").__doc__, property().__doc__)

s = IntSetting("max_retries", 3, 0, 10)
print(s.label, s.value, s.describe())
s.value = "7"
print(s.raw)
try:
    s.value = 42
except ValueError as e:
    print("ValueError:", e)

print(super, type(super), isinstance(super, type), callable(super))
print(repr(super(IntSetting, s)), repr(super(IntSetting, IntSetting)))
print(super(IntSetting, s).validate(5), type(super(IntSetting, s)) is super)
print(isinstance(s.describe, super), issubclass(super, object))
try:
    super(IntSetting, 5)
except TypeError as e:
    print("TypeError:", e)
print(sys.getrefcount(Setting.__dict__["name"].__doc__) >= 2)
