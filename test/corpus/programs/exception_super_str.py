# An exception class's own __str__ reaching BaseException's through super(): the slot wrappers
# BaseException.__str__/__repr__ and KeyError.__str__ format the exception itself and never call
# the override again; a class with only __repr__ still prints its message with str().


class Tagged(Exception):
    def __init__(self, message, tag="none"):
        super().__init__(message)
        self.tag = tag

    def __str__(self):
        return super().__str__() + " [" + str(self.tag) + "]"


class Loud(ValueError):
    def __str__(self):
        return "LOUD:" + super().__str__().upper()


class Shown(Exception):
    def __repr__(self):
        return "Shown<" + super().__repr__() + ">"


class MissingKey(KeyError):
    def __str__(self):
        return "missing " + super().__str__()


def attempt(kind, *args):
    try:
        raise kind(*args)
    except Exception as e:
        print(type(e).__name__, "|", e, "|", repr(e))


attempt(Tagged, "disk full", "io")
attempt(Tagged, "plain")
attempt(Loud, "bad value")
attempt(Loud, 1, 2)
attempt(Loud)
attempt(Shown, "quiet")
attempt(MissingKey, "alpha")

e = Tagged("direct", 7)
print(Exception.__str__(e), BaseException.__str__(e), super(Tagged, e).__str__())
print(BaseException.__repr__(e))
print(KeyError.__str__(KeyError("k")), BaseException.__str__(KeyError("k")))
print(BaseException.__str__, KeyError.__str__, BaseException.__repr__)
try:
    BaseException.__str__(42)
except TypeError as err:
    print("TypeError:", err)

raise Tagged("left uncaught", "exit")
