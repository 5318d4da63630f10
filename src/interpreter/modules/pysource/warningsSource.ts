/**
 * The Python half of `warnings` (warningsModule.ts has the natives and the module object): our
 * own code following the behaviour of CPython's Lib/warnings.py and Python/_warnings.c. The parts
 * CPython writes in C (`warn`, `warn_explicit` and what they call) are hidden from tracebacks
 * (`_hide`), so an "error" action's traceback ends at the script's `warn(...)` line as CPython's
 * does. The module is a view of these globals (runLiveSourceModule), so what a script rebinds
 * (`warnings.filters = [...]`, `warnings.showwarning = f`, `catch_warnings`) is what the code reads.
 */
export const WARNINGS_SOURCE = String.raw`
import sys as _sys

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")
_state = [0]


def _filters_mutated():
    _state[0] += 1


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        given = (message, category, filename, lineno, file, line, source)
        for name, value in zip(self._WARNING_DETAILS, given):
            setattr(self, name, value)
        self._category_name = None if not category else category.__name__

    def __str__(self):
        fields = (self.message, self._category_name, self.filename, self.lineno, self.line)
        return "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % fields


# The text of one warning: "file:line: Category: message", then the stripped source line if any
# (and the tracemalloc hint for a warning about an object).
def _formatwarnmsg_impl(msg):
    source = _getline(msg.filename, msg.lineno) if msg.line is None else msg.line
    head = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, msg.category.__name__, msg.message)
    text = head + ("  %s\n" % source.strip() if source else "")
    # A warning about an object (an unawaited coroutine): the hint, unless tracemalloc is tracing.
    if msg.source is not None:
        tm = _sys.modules.get("tracemalloc")
        if tm is None or not tm.is_tracing():
            text += "%s: Enable tracemalloc to get the object allocation traceback\n" % msg.category.__name__
    return text


# Writes one warning to its file (stderr by default); a file that fails loses the warning.
def _showwarnmsg_impl(msg):
    target = _sys.stderr if msg.file is None else msg.file
    if target is not None:
        try:
            target.write(_formatwarnmsg(msg))
        except OSError:
            pass


# The module's current hooks: a script may have replaced (or deleted) formatwarning/showwarning.
def _hook(name, original):
    return globals().get(name, original)


def _formatwarnmsg(msg):
    fw = _hook("formatwarning", _formatwarning_orig)
    if fw is _formatwarning_orig:
        return _formatwarnmsg_impl(msg)
    return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


def _showwarnmsg(msg):
    sw = _hook("showwarning", _showwarning_orig)
    if sw is _showwarning_orig:
        return _showwarnmsg_impl(msg)
    if not callable(sw):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _check_action(action):
    if action not in _ACTIONS:
        if _minor >= 13:
            raise ValueError(f"invalid action: {action!r}")
        raise AssertionError("invalid action: %r" % (action,))


def _check_lineno(lineno):
    if _minor >= 13:
        if not isinstance(lineno, int):
            raise TypeError("lineno must be an int")
        if lineno < 0:
            raise ValueError("lineno must be an int >= 0")
    elif not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")


def _fail(cls, text):
    raise (cls if _minor >= 13 else AssertionError)(text)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    _check_action(action)
    if not isinstance(message, str):
        _fail(TypeError, "message must be a string")
    if _minor >= 13:
        if not isinstance(category, type) or not issubclass(category, Warning):
            raise TypeError("category must be a Warning subclass")
    else:
        if not isinstance(category, type):
            raise AssertionError("category must be a class")
        if not issubclass(category, Warning):
            raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        _fail(TypeError, "module must be a string")
    _check_lineno(lineno)
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check_action(action)
    _check_lineno(lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # A filter already present moves to the front, or stays where it is when appended.
    present = item in filters
    if append:
        if not present:
            filters.append(item)
    else:
        if present:
            filters.remove(item)
        filters.insert(0, item)
    _filters_mutated()


def resetwarnings():
    filters[:] = []
    _filters_mutated()


class catch_warnings(object):

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = _self() if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not _self():
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    # Entering saves the module's filters and hooks and works on a copy of the filters; with
    # record=True the shown warnings go to a list instead of the file.
    _SAVED = ("filters", "showwarning", "_showwarnmsg_impl")

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        m = self._module
        self._saved = [getattr(m, name) for name in self._SAVED]
        m.filters = list(self._saved[0])
        m._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        m.showwarning, m._showwarnmsg_impl = m._showwarning_orig, log.append
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        m = self._module
        for name, value in zip(self._SAVED, self._saved):
            setattr(m, name, value)
        m._filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def _action_for(category, text, lineno, module):
    for i, item in enumerate(filters):
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("warnings.filters item %d isn't a 5-tuple" % i)
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            return action, item
    return defaultaction, None


def _already(registry, key, mark):
    if registry.get("version") != _state[0]:
        registry.clear()
        registry["version"] = _state[0]
    elif registry.get(key):
        return True
    if mark:
        registry[key] = True
    return False


def _explicit(message, category, filename, lineno, module, registry, source):
    if module is None:
        module = filename or "<unknown>"
        if module.endswith(".py"):
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already(registry, key, False):
        return None
    action, item = _action_for(category, text, lineno, module)
    if action == "error":
        raise message
    if action == "ignore":
        return None
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            if _already(onceregistry if registry is None else registry, (text, category), True):
                return None
        elif action == "module":
            if registry is not None and _already(registry, (text, category), True):
                return None
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r" % (action, item))
    try:
        show = _showwarnmsg
    except NameError:
        _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, None, source))
        return None
    if not callable(show):
        raise TypeError("warnings._showwarnmsg() must be set to a callable")
    show(WarningMessage(message, category, filename, lineno, None, None, source))
    return None


def _category(message, category):
    if isinstance(message, Warning):
        return message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    return category


def _warn(message, category, stacklevel, source, prefixes):
    category = _category(message, category)
    if prefixes and stacklevel < 2:
        stacklevel = 2
    found = _where(stacklevel, prefixes)
    if found is None:
        return _warn_c(message, category, None, None, 0, source)
    return _warn_c(message, category, *found, source)


# Where a warning of the running frame goes (also what the interpreter's own C-level warnings
# call, nativeWarn.ts, with the frame it found): no frame means sys's globals.
def _warn_c(message, category, globals, filename, lineno, source=None):
    if globals is None:
        globals = _sys.__dict__
        filename, lineno = ("<sys>", 0) if _minor >= 13 else ("sys", 1)
    module = globals.get("__name__")
    if not isinstance(module, str):
        module = "<string>"
    registry = globals.get("__warningregistry__")
    if registry is None:
        registry = globals["__warningregistry__"] = {}
    return _explicit(message, category, filename, lineno, module, registry, source)


if _minor >= 12:
    def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
        if not isinstance(skip_file_prefixes, tuple):
            raise TypeError("warn() argument 'skip_file_prefixes' must be tuple, not %s"
                            % type(skip_file_prefixes).__name__)
        return _warn(message, category, stacklevel, source, skip_file_prefixes)
else:
    def warn(message, category=None, stacklevel=1, source=None):
        return _warn(message, category, stacklevel, source, ())


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    return _explicit(message, _category(message, category), filename, lineno, module, registry, source)


for _f in (warn, warn_explicit, _warn, _warn_c, _explicit, _category, _already, _action_for, _matches,
           _check_action, _check_lineno, _fail):
    _hide(_f)

filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]


# 3.13's @deprecated (PEP 702): marks a function or class with __deprecated__ and warns at each
# call (a class: at instantiation of itself and at each subclass's creation). The docstring is
# CPython 3.13.0's text (help() and __doc__ print it), with its backticks as \x60.
class deprecated:
    """Indicate that a class, function or overload is deprecated.

    When this decorator is applied to an object, the type checker
    will generate a diagnostic on usage of the deprecated object.

    Usage:

        @deprecated("Use B instead")
        class A:
            pass

        @deprecated("Use g instead")
        def f():
            pass

        @overload
        @deprecated("int support is deprecated")
        def g(x: int) -> int: ...
        @overload
        def g(x: str) -> int: ...

    The warning specified by *category* will be emitted at runtime
    on use of deprecated objects. For functions, that happens on calls;
    for classes, on instantiation and on creation of subclasses.
    If the *category* is \x60\x60None\x60\x60, no warning is emitted at runtime.
    The *stacklevel* determines where the
    warning is emitted. If it is \x60\x601\x60\x60 (the default), the warning
    is emitted at the direct caller of the deprecated object; if it
    is higher, it is emitted further up the stack.
    Static type checker behavior is not affected by the *category*
    and *stacklevel* arguments.

    The deprecation message passed to the decorator is saved in the
    \x60\x60__deprecated__\x60\x60 attribute on the decorated object.
    If applied to an overload, the decorator
    must be after the \x60\x60@overload\x60\x60 decorator for the attribute to
    exist on the overload as returned by \x60\x60get_overloads()\x60\x60.

    See PEP 702 for details.

    """

    def __init__(self, message: str, /, *, category: type[Warning] | None = DeprecationWarning, stacklevel: int = 1) -> None:
        if not isinstance(message, str):
            raise TypeError("Expected an object of type str for 'message', not %r" % (type(message).__name__,))
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg, /):
        text, category, level = self.message, self.category, self.stacklevel + 1
        if category is None:
            arg.__deprecated__ = text
            return arg
        import functools
        if isinstance(arg, type):
            return _deprecate_class(arg, text, category, level, functools)
        if not callable(arg):
            raise TypeError("@deprecated decorator with non-None category must be applied to "
                            "a class or callable, not %r" % (arg,))

        @functools.wraps(arg)
        def warned(*args, **kwargs):
            warn(text, category=category, stacklevel=level)
            return arg(*args, **kwargs)

        arg.__deprecated__ = warned.__deprecated__ = text
        return warned


def _deprecate_class(cls, text, category, level, functools):
    made = cls.__new__
    bound_hook = cls.__init_subclass__
    hook = getattr(bound_hook, "__func__", bound_hook)

    @functools.wraps(made)
    def __new__(klass, *args, **kwargs):
        if klass is cls:
            warn(text, category=category, stacklevel=level)
        if made is not object.__new__:
            return made(klass, *args, **kwargs)
        if (args or kwargs) and klass.__init__ is object.__init__:
            raise TypeError("%s() takes no arguments" % (klass.__name__,))
        return made(klass)

    @functools.wraps(hook)
    def __init_subclass__(*args, **kwargs):
        warn(text, category=category, stacklevel=level)
        return hook(*args, **kwargs)

    cls.__new__ = staticmethod(__new__)
    cls.__init_subclass__ = classmethod(__init_subclass__) if hook is not bound_hook else __init_subclass__
    cls.__deprecated__ = __new__.__deprecated__ = text
    return cls


if _minor < 13:
    del deprecated


class _BadOption(Exception):
    pass


# One -W / PYTHONWARNINGS field: an action may be abbreviated ("i", "err"); empty is "default".
def _option_action(text):
    if not text:
        return "default"
    if text == "all":
        return "always"
    for action in _ACTIONS:
        if action.startswith(text):
            return action
    raise _BadOption("invalid action: %r" % (text,))


# A category named bare (a built-in) or dotted (imported from its module).
def _option_category(text):
    if not text:
        return Warning
    owner, dot, name = text.rpartition(".")
    if dot:
        try:
            where = __import__(owner, None, None, [name])
        except ImportError:
            raise _BadOption("invalid module name: %r" % (owner,)) from None
    else:
        import builtins as where
    found = getattr(where, name, None)
    if found is None:
        raise _BadOption("unknown warning category: %r" % (text,))
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise _BadOption("invalid warning category: %r" % (text,))
    return found


# "action:message:category:module:lineno", each part optional and stripped; message and module
# are literal text (escaped), the module matched whole.
def _apply_option(text):
    fields = text.split(":")
    if len(fields) > 5:
        raise _BadOption("too many fields (max 5): %r" % (text,))
    fields = [f.strip() for f in fields] + [""] * (5 - len(fields))
    action = _option_action(fields[0])
    category = _option_category(fields[2])
    message, module, line = fields[1], fields[3], fields[4]
    if message or module:
        import re
        message = re.escape(message) if message else ""
        module = re.escape(module) + r"\Z" if module else ""
    lineno = 0
    if line:
        try:
            lineno = int(line)
        except (ValueError, OverflowError):
            raise _BadOption("invalid lineno %r" % (line,)) from None
        if lineno < 0:
            raise _BadOption("invalid lineno %r" % (lineno,))
    filterwarnings(action, message, category, module, lineno)


for _option in _sys.warnoptions:
    try:
        _apply_option(_option)
    except _BadOption as _error:
        print("Invalid -W option ignored:", _error, file=_sys.stderr)
defaultaction = _defaultaction = "default"
onceregistry = _onceregistry = {}
_warnings_defaults = True

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"] + (["deprecated"] if _minor >= 13 else [])
`;
