# Runtime warnings and -W options as the CLI shows them on stderr (warnOptionsProbe.py runs this
# with each case's options on the real interpreters; test/unit/cliWarnOptions.test.ts compares).
import sys
import warnings

print(sys.warnoptions)
print(warnings.filters[:2])


class Flag:
    def __index__(self):
        return True


def pick(items):
    return items[Flag()]


print(pick("abc"))
print(pick("xyz"))
print(bool(NotImplemented))
warnings.warn("plain")
warnings.warn("hello there")
print("done")
