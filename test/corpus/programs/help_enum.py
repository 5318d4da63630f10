# help() on the script's Enum and Flag classes: the page lists what EnumType.__dir__ names (the
# members, the metaclass's __contains__/__getitem__/__iter__/__len__ and __members__) plus the
# name/value descriptors, not the methods the class body defines; the constructor signature and
# the metaclass methods' group differ by version.
import enum


class Color(enum.Enum):
    """Some colors."""
    RED = 1
    GREEN = 2

    def describe(self):
        return self.name.lower()


class Perm(enum.Flag):
    R = 4
    W = 2
    X = enum.auto()


print(dir(Color))
print(dir(Perm))
help(Color)
help(Perm)
help(Color.GREEN)
