# add_note: context attached to an exception on its way up, printed under the error line.
import traceback


def load(path):
    try:
        raise FileNotFoundError(2, "No such file or directory", path)
    except OSError as exc:
        exc.add_note(f"looked in the current directory for {path}")
        exc.add_note("hint: check the spelling")
        raise


try:
    load("settings.toml")
except OSError as exc:
    print(exc.__notes__)
    print("".join(traceback.format_exception_only(exc)), end="")

err = ValueError("bad value")
try:
    err.add_note(42)
except TypeError as exc:
    print(exc)
err.add_note("first line\nsecond line")
print(traceback.format_exception_only(err))
eg = ExceptionGroup("two", [err, KeyError("k")])
print("".join(traceback.format_exception(eg)), end="")


def outer():
    try:
        load("config.ini")
    except OSError as exc:
        raise RuntimeError("configuration failed") from exc


outer()
