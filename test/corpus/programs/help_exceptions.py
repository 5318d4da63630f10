# help() on the exception classes of a course on error handling: the script's own exception
# hierarchy (pydoc lists what each inherits from BaseException: 18 entries on 3.11/3.12, 16 on
# 3.13, and the args/__traceback__ data descriptors) and the built-in ones themselves, with
# their "Built-in subclasses" block.
class MyError(ValueError):
    """A custom error."""
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code


class AppError(Exception):
    pass


class NotFound(AppError, KeyError):
    "Missing thing."


help(MyError)
help(NotFound)
class ValidationError(ValueError):
    """Raised when a record fails validation."""
    default_code = "invalid"
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
    def __str__(self):
        return f"[{self.field}] {self.args[0]}"
    @property
    def code(self):
        """The error code."""
        return self.default_code
    @classmethod
    def missing(cls, field):
        return cls(field, "missing")
help(ValidationError)
class DiskFull(OSError):
    pass
help(DiskFull)
class Many(ExceptionGroup):
    pass
help(Many)
class Quiet(Exception):
    __slots__ = ()
help(Quiet)
class Flagged(KeyError, RuntimeWarning):
    pass
help(Flagged)
help(ValidationError("age", "too small"))
for builtin in (ValueError, BaseException, Exception, KeyError, OSError, ExceptionGroup, UnicodeDecodeError, StopIteration, SyntaxError):
    help(builtin)
