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


# The text of one warning: "file:line: Category: message", then the stripped source line if any.
def _formatwarnmsg_impl(msg):
    source = _getline(msg.filename, msg.lineno) if msg.line is None else msg.line
    head = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, msg.category.__name__, msg.message)
    return head + ("  %s\n" % source.strip() if source else "")


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


def _skipped(frame, prefixes):
    name = frame.f_code.co_filename
    return any(name.startswith(p) for p in prefixes)


def _warn(message, category, stacklevel, source, prefixes):
    category = _category(message, category)
    if prefixes and stacklevel < 2:
        stacklevel = 2
    try:
        frame = _sys._getframe(2)
    except ValueError:
        frame = None
    while stacklevel > 1 and frame is not None:
        stacklevel -= 1
        frame = frame.f_back
        while frame is not None and prefixes and _skipped(frame, prefixes):
            frame = frame.f_back
    if frame is None:
        globals = _sys.__dict__
        filename, lineno = ("<sys>", 0) if _minor >= 13 else ("sys", 1)
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
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


for _f in (warn, warn_explicit, _warn, _explicit, _category, _already, _action_for, _matches, _skipped,
           _check_action, _check_lineno, _fail):
    _hide(_f)

filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
for _option in _sys.warnoptions:
    if _option in _ACTIONS:
        filters.insert(0, (_option, None, Warning, None, 0))
defaultaction = _defaultaction = "default"
onceregistry = _onceregistry = {}
_warnings_defaults = True

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]
`;
