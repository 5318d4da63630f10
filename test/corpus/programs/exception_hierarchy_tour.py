# A tour of the built-in exception hierarchy: the tree, what each class catches, the OSError
# family that errno numbers map to, and what the exceptions carry.
import builtins
import sys

classes = {name: obj for name, obj in vars(builtins).items()
           if isinstance(obj, type) and issubclass(obj, BaseException) and not name.startswith("_")
           and name != "PythonFinalizationError"}

def show(cls, depth=0):
    print("  " * depth + cls.__name__)
    for sub in sorted(cls.__subclasses__(), key=lambda c: c.__name__):
        if sub.__name__ in classes and sub.__module__ == "builtins":
            show(sub, depth + 1)

show(BaseException)
print(len(classes), "names;", EnvironmentError is OSError, IOError is OSError)
print([c.__name__ for c in ExceptionGroup.__mro__])

# one instance of each: its size and whether `except Exception` would catch it
sizes = {}
for name in sorted(classes):
    cls = classes[name]
    if cls is ExceptionGroup or cls is BaseExceptionGroup:
        continue
    try:
        inst = cls("x")
    except TypeError:
        inst = cls("utf-8", b"\xff", 0, 1, "bad") if "Decode" in name else cls("utf-8", "\xff", 0, 1, "bad") if "Encode" in name else cls("\xff", 0, 1, "bad")
    sizes.setdefault(sys.getsizeof(inst), []).append(name)
for size in sorted(sizes):
    print(size, sizes[size][:4], len(sizes[size]))

# OSError(errno, strerror) picks the subclass for the errno
for errno in [1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 99]:
    err = OSError(errno, "message")
    print(errno, type(err).__name__, isinstance(err, ConnectionError), str(err))
err = FileNotFoundError(2, "No such file or directory", "data.csv")
print(err.errno, err.strerror, err.filename, err.args, str(err))
err = OSError(1, "Operation not permitted", "a.txt", None, "b.txt")
print(type(err).__name__, err.filename2, str(err))

# catching by family
def fail(kind):
    raise kind("boom")
for kind in [BrokenPipeError, ConnectionResetError, TimeoutError, ProcessLookupError, UnicodeTranslateError, ResourceWarning]:
    try:
        try:
            fail(kind) if kind is not UnicodeTranslateError else fail(ValueError)
        except ConnectionError as e:
            print(kind.__name__, "-> ConnectionError", e)
        except OSError as e:
            print(kind.__name__, "-> OSError", e)
        except Warning as e:
            print(kind.__name__, "-> Warning", e)
    except ValueError as e:
        print(kind.__name__, "-> ValueError", e)

err = SyntaxError("invalid syntax", ("calc.py", 3, 7, "x = = 1\n", 3, 8))
print(err.msg, err.lineno, err.offset, repr(err.text), err.end_offset, str(err))
err = ImportError("no module named spam", name="spam")
print(err.name, err.path, err.msg, str(err))
