/**
 * `inspect` (Lib/inspect.py, 3.11–3.13), the commonly used part, written in Python and run by
 * the simulation on the first import (sourceModule.ts): the `is*` predicates, `getmembers`,
 * `getmro`, `signature` with `Signature`, `Parameter` and `BoundArguments`, `getdoc` and
 * `cleandoc`, `getsource`/`getsourcelines`/`getfile` for the script's own functions and classes
 * (read from the session's copy of the script, as CPython reads the file), `currentframe` and
 * `stack`. A few natives read what Python code cannot see in the simulation: a function's code
 * facts (`_code_info`) and the script's lines. Anything else of `inspect` stops the run naming
 * it (`_unsupported`).
 *
 * Obscurity: CPython finds a function's source from `co_firstlineno` (the first decorator's line)
 * to the end of its indented block; a class's from its `class` statement (3.11/3.12 search the
 * source by qualified name; 3.13 reads `__firstlineno__`): both are the same line for a class
 * defined once, which is what the scan below looks for.
 */
import { newDict, PyDictObject } from '../../../engine/objects/dictObject';
import { PyFunctionObject } from '../../../engine/objects/funcObject';
import { newInt } from '../../../engine/objects/longObject';
import type { PyObject } from '../../../engine/objects/object';
import { newTuple } from '../../../engine/objects/tupleObject';
import { newStr } from '../../../engine/objects/unicodeObject';
import { newMappingProxy } from '../../objects/mappingProxy';
import { CO_FLAGS } from '../../compiler/codeObject';
import type { Interp } from '../../runtime/interp';
import type { PyModuleObject } from '../../runtime/moduleObject';
import { UnsupportedError } from '../../runtime/pyError';
import type { PyCodeObject } from '../../vm/loadedCode';
import { runSourceModule } from './sourceModule';

const INSPECT_SOURCE = String.raw`
import sys
import enum


def _f():
    pass


class _C:
    def _m(self):
        pass


def _g():
    yield


_FunctionType = type(_f)
_MethodType = type(_C()._m)
_BuiltinFunctionType = type(len)
_ModuleType = type(sys)
_gen = _g()
_GeneratorType = type(_gen)
del _gen


def ismodule(object):
    return isinstance(object, _ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _MethodType)


def isfunction(object):
    return isinstance(object, _FunctionType)


def isbuiltin(object):
    return isinstance(object, _BuiltinFunctionType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def _code_kind(f):
    while ismethod(f):
        f = f.__func__
    info = _code_info(f)
    return None if info is None else info[6]


def isgeneratorfunction(obj):
    return _code_kind(obj) == 'generator'


def iscoroutinefunction(obj):
    return _code_kind(obj) == 'coroutine'


def isasyncgenfunction(obj):
    return _code_kind(obj) == 'asyncgen'


def isgenerator(object):
    return isinstance(object, _GeneratorType)


def iscoroutine(object):
    return type(object).__name__ == 'coroutine'


def isawaitable(object):
    return iscoroutine(object) or hasattr(type(object), '__await__')


def isabstract(object):
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', False))


def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    owners = (object,) + object.__mro__ if isclass(object) else ()
    found = {}
    for name in dir(object):
        if name in found:
            continue
        try:
            value = getattr(object, name)
        except AttributeError:
            holders = [o.__dict__[name] for o in owners if name in o.__dict__]
            if not holders:
                continue
            value = holders[0]
        if predicate is None or predicate(value):
            found[name] = value
    return sorted(found.items(), key=lambda item: item[0])


def getattr_static(obj, attr, default=None):
    if isclass(obj):
        klasses = (obj,) + obj.__mro__
    else:
        try:
            d = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            d = {}
        if attr in d:
            return d[attr]
        klasses = type(obj).__mro__
    for k in klasses:
        if attr in k.__dict__:
            return k.__dict__[attr]
    if default is not None:
        return default
    raise AttributeError(attr)


def unwrap(func):
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
    return func


def cleandoc(doc):
    rows = doc.expandtabs().split('\n')
    head, rest = rows[0].lstrip(), rows[1:]
    widths = [len(r) - len(r.lstrip()) for r in rest if r.strip()]
    cut = min(widths) if widths else 0
    rows = [head] + [r[cut:] for r in rest]
    while rows and not rows[-1].strip():
        rows.pop()
    while rows and not rows[0].strip():
        del rows[0]
    return '\n'.join(rows)


def _method_owner(obj):
    # (class, attribute name) where a method's or a function's inherited doc is looked up:
    # the instance's class for a bound method, the class a function's qualified name starts from.
    if ismethod(obj):
        bound_to = obj.__self__
        return (bound_to if isclass(bound_to) else type(bound_to)), obj.__func__.__name__
    if isfunction(obj):
        owner_name, dot, _ = obj.__qualname__.rpartition('.')
        owner = _func_globals(obj).get(owner_name) if dot else None
        if isclass(owner):
            return owner, obj.__name__
    return None, None


def _inherited_doc(obj):
    if isclass(obj):
        candidates = [klass.__doc__ for klass in obj.__mro__ if klass is not object]
    else:
        owner, name = _method_owner(obj)
        if owner is None:
            return None
        missing = object()
        candidates = []
        for klass in owner.__mro__:
            found = getattr(klass, name, missing)
            if found is not missing:
                candidates.append(found.__doc__)
    return next((doc for doc in candidates if doc is not None), None)


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getfile(object):
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if object.__module__ == '__main__':
            return _script_file()
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        return _code_info(object)[8]
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def _indent(line):
    return len(line) - len(line.lstrip())


def _block(lines, start):
    i = start
    while lines[i].lstrip().startswith('@'):
        i += 1
    base = _indent(lines[i])
    depth = 0
    end = i
    j = i
    while j < len(lines):
        text = lines[j]
        stripped = text.strip()
        if j > i and depth == 0 and stripped and not stripped.startswith('#') and _indent(text) <= base:
            break
        for ch in text.split('#')[0]:
            if ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth -= 1
        if stripped and not stripped.startswith('#'):
            end = j
        j += 1
        if j == i + 1 and depth == 0 and not text.rstrip().endswith(':') and not text.split('#')[0].rstrip().endswith(':'):
            break
    return lines[start:end + 1]


def _class_start(lines, qualname):
    parts = qualname.split('.')
    lo, hi, indent = 0, len(lines), 0
    found = None
    for part in parts:
        found = None
        for k in range(lo, hi):
            text = lines[k]
            s = text.lstrip()
            if _indent(text) < indent and s and k > lo:
                break
            if s.startswith('class ' + part) and s[6 + len(part):6 + len(part) + 1] in ('(', ':', ' ', '['):
                found = k
                break
        if found is None:
            return None
        lo = found + 1
        indent = _indent(lines[found]) + 1
    while found > 0 and lines[found - 1].lstrip().startswith('@'):
        found -= 1
    return found


def getsourcelines(object):
    object = unwrap(object)
    if ismethod(object):
        object = object.__func__
    filename = getfile(object)
    lines = _script_lines(filename)
    if lines is None:
        raise OSError('could not get source code')
    lines = list(lines)
    if isclass(object):
        start = _class_start(lines, object.__qualname__)
        if start is None:
            raise OSError('could not find class definition')
        return _block(lines, start), start + 1
    if isfunction(object):
        start = _code_info(object)[7] - 1
        if object.__name__ == '<lambda>':
            return [lines[start]], start + 1
        return _block(lines, start), start + 1
    _unsupported('getsourcelines() of a ' + type(object).__name__)


def getsource(object):
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


# stack()'s records: a named tuple of six fields (3.11+ also carry positions, not modelled).
import collections as _collections
FrameInfo = _collections.namedtuple('FrameInfo', 'frame filename lineno function code_context index')
del _collections


def currentframe():
    return sys._getframe(1)


def stack(context=1):
    frame = sys._getframe(1)
    records = []
    while frame is not None:
        code = frame.f_code
        lines = _script_lines(code.co_filename)
        lineno = frame.f_lineno
        if lines is not None and context > 0 and 0 < lineno <= len(lines):
            start = max(0, min(lineno - 1 - (context - 1) // 2, len(lines) - context))
            ctx = list(lines[start:start + context])
            index = lineno - 1 - start
        else:
            ctx, index = None, None
        records.append(FrameInfo(frame, code.co_filename, lineno, code.co_name, ctx, index))
        frame = frame.f_back
    return records


class _empty:
    pass


class _void:
    pass


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_WORDS[self.value]


# How errors name each kind, by value; the prefix each kind's parameter is written with.
_KIND_WORDS = ('positional-only', 'positional or keyword', 'variadic positional', 'keyword-only', 'variadic keyword')
_KIND_PREFIX = ('', '', '*', '', '**')

_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD = _ParameterKind


def formatannotation(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if not isinstance(annotation, type):
        return repr(annotation)
    module = annotation.__module__
    return annotation.__qualname__ if module == 'builtins' else f'{module}.{annotation.__qualname__}'


def _checked_kind(kind, default):
    try:
        kind = _ParameterKind(kind)
    except ValueError:
        raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
    if default is not _empty and _KIND_PREFIX[kind]:
        raise ValueError(f'{kind.description} parameters cannot have default values')
    return kind


def _checked_name(name):
    if not isinstance(name, str):
        raise TypeError(f'name must be a str, not a {type(name).__name__}')
    if not name.isidentifier():
        raise ValueError(f'{name!r} is not a valid parameter name')
    return name


class Parameter:
    __slots__ = ('_name', '_kind', '_default', '_annotation')

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._kind = _checked_kind(kind, default)
        self._default = default
        self._annotation = annotation
        self._name = _checked_name(name)

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        keep = lambda new, old: old if new is _void else new
        return type(self)(keep(name, self._name), keep(kind, self._kind),
                          default=keep(default, self._default), annotation=keep(annotation, self._annotation))

    def _fields(self):
        return (self._name, self._kind, self._annotation, self._default)

    def __str__(self):
        text = self._name
        annotated = self._annotation is not _empty
        if annotated:
            text = f'{text}: {formatannotation(self._annotation)}'
        if self._default is not _empty:
            text = f"{text}{' = ' if annotated else '='}{self._default!r}"
        return _KIND_PREFIX[self._kind] + text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return self is other or self._fields() == other._fields()


for _kind in _ParameterKind:
    setattr(Parameter, _kind.name, _kind)
del _kind


class BoundArguments:
    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    def _split(self):
        # The leading run of positional parameters that are bound goes into args (a *args
        # parameter spreads); everything after the first gap, and keyword-only ones, into kwargs.
        args, kwargs, in_args = [], {}, True
        for name, param in self._signature.parameters.items():
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD) or name not in self.arguments:
                if in_args and name not in self.arguments and param.kind not in (_KEYWORD_ONLY, _VAR_KEYWORD):
                    in_args = False
                    continue
                in_args = False
            if name not in self.arguments:
                continue
            value = self.arguments[name]
            if in_args:
                if param.kind == _VAR_POSITIONAL:
                    args.extend(value)
                else:
                    args.append(value)
            elif param.kind == _VAR_KEYWORD:
                kwargs.update(value)
            elif param.kind != _VAR_POSITIONAL:
                kwargs[name] = value
        return tuple(args), kwargs

    @property
    def args(self):
        return self._split()[0]

    @property
    def kwargs(self):
        return self._split()[1]

    def apply_defaults(self):
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind == _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


def _parameters_by_name(parameters):
    # Kinds must not go backwards, and among the positional kinds a parameter without a default
    # cannot follow one with a default; names are unique.
    by_name = {}
    previous = _POSITIONAL_ONLY
    seen_default = False
    for param in parameters:
        if param.kind < previous:
            raise ValueError(f'wrong parameter order: {previous.description} parameter before {param.kind.description} parameter')
        previous = param.kind
        if param.kind <= _POSITIONAL_OR_KEYWORD:
            if param.default is not _empty:
                seen_default = True
            elif seen_default:
                raise ValueError('non-default argument follows default argument')
        if param.name in by_name:
            raise ValueError(f'duplicate parameter name: {param.name!r}')
        by_name[param.name] = param
    return by_name


class Signature:
    __slots__ = ('_return_annotation', '_parameters')

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self._parameters = _mappingproxy(_parameters_by_name(parameters or ()))
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return _signature_from_callable(obj, follow_wrapped)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        return type(self)(self._parameters.values() if parameters is _void else parameters,
                          return_annotation=self._return_annotation if return_annotation is _void else return_annotation)

    def _identity(self):
        # Keyword-only parameters compare and hash as a set: their order does not matter.
        params = self._parameters.values()
        ordered = tuple(p for p in params if p.kind != _KEYWORD_ONLY)
        unordered = frozenset(p for p in params if p.kind == _KEYWORD_ONLY)
        return ordered, unordered, self._return_annotation

    def __hash__(self):
        return hash(self._identity())

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return self is other or self._identity() == other._identity()

    def _bind(self, args, kwargs, *, partial=False):
        params = list(self.parameters.values())
        kwargs = dict(kwargs)
        bound = {}
        slots = [p for p in params if p.kind <= _POSITIONAL_OR_KEYWORD]
        star = [p for p in params if p.kind == _VAR_POSITIONAL]
        if len(args) > len(slots) and not star:
            raise TypeError('too many positional arguments')
        for param, value in zip(slots, args):
            if param.kind == _POSITIONAL_OR_KEYWORD and param.name in kwargs:
                raise TypeError('multiple values for argument {!r}'.format(param.name))
            bound[param.name] = value
        if star and len(args) > len(slots):
            bound[star[0].name] = tuple(args[len(slots):])
        posonly_named = []
        for param in params:
            if param.name in bound or param.kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                continue
            if param.kind == _POSITIONAL_ONLY:
                if param.name in kwargs:
                    if _minor < 13:
                        raise TypeError('{!r} parameter is positional only, but was passed as a keyword'.format(param.name))
                    posonly_named.append(param.name)
                elif param.default is _empty and not partial:
                    raise TypeError('missing a required argument: {!r}'.format(param.name))
                continue
            if param.name in kwargs:
                bound[param.name] = kwargs.pop(param.name)
            elif param.default is _empty and not partial:
                where = ' keyword-only' if param.kind == _KEYWORD_ONLY and _minor >= 12 else ''
                raise TypeError('missing a required{} argument: {!r}'.format(where, param.name))
        if kwargs:
            spread = [p for p in params if p.kind == _VAR_KEYWORD]
            if spread:
                bound[spread[0].name] = kwargs
            elif posonly_named:
                raise TypeError('got some positional-only arguments passed as keyword arguments: {!r}'.format(
                    ', '.join(posonly_named)))
            else:
                raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
        return BoundArguments(self, bound)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        parts = []
        previous = None
        for param in self.parameters.values():
            kind = param.kind
            if previous == _POSITIONAL_ONLY and kind != _POSITIONAL_ONLY:
                parts.append('/')
            if kind == _KEYWORD_ONLY and previous not in (_KEYWORD_ONLY, _VAR_POSITIONAL):
                parts.append('*')
            parts.append(str(param))
            previous = kind
        if previous == _POSITIONAL_ONLY:
            parts.append('/')
        text = '(' + ', '.join(parts) + ')'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def _signature_from_function(func):
    argcount, posonly, kwonly, names, varargs, varkw, kind, first, filename = _code_info(func)
    annotations = func.__annotations__
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    parameters = []
    non_default_count = argcount - len(defaults)
    for k in range(argcount):
        name = names[k]
        pkind = _POSITIONAL_ONLY if k < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[k - non_default_count] if k >= non_default_count else _empty
        parameters.append(Parameter(name, pkind, default=default, annotation=annotations.get(name, _empty)))
    at = argcount + kwonly
    if varargs:
        name = names[at]
        parameters.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        at += 1
    for k in range(argcount, argcount + kwonly):
        name = names[k]
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if varkw:
        name = names[at]
        parameters.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(parameters, return_annotation=annotations.get('return', _empty))


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_from_callable(obj, follow_wrapped=True):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        return _drop_first(_signature_from_callable(obj.__func__, follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj)
        if ismethod(obj):
            return _signature_from_callable(obj, follow_wrapped)
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isfunction(obj):
        return _signature_from_function(obj)
    if isclass(obj):
        for base in obj.__mro__:
            if '__init__' in base.__dict__ and isfunction(base.__dict__['__init__']):
                return _drop_first(_signature_from_function(base.__dict__['__init__']))
            if '__new__' in base.__dict__ and isfunction(base.__dict__['__new__']):
                return _drop_first(_signature_from_function(base.__dict__['__new__']))
        _unsupported('signature() of a class without a Python __init__')
    call = getattr(type(obj), '__call__', None)
    if isfunction(call):
        return _drop_first(_signature_from_function(call))
    _unsupported('signature() of a ' + type(obj).__name__)


def signature(obj, *, follow_wrapped=True):
    return _signature_from_callable(obj, follow_wrapped)


def _not_simulated(name):
    def stub(*args, **kwargs):
        _unsupported(name + '()')
    stub.__name__ = name
    return stub


getmodule = _not_simulated('getmodule')
getfullargspec = _not_simulated('getfullargspec')
getcallargs = _not_simulated('getcallargs')
getclosurevars = _not_simulated('getclosurevars')
getouterframes = _not_simulated('getouterframes')
getframeinfo = _not_simulated('getframeinfo')
getsourcefile = _not_simulated('getsourcefile')
getcomments = _not_simulated('getcomments')
`;

const PUBLIC = [
  'isfunction', 'ismethod', 'isclass', 'ismodule', 'isbuiltin', 'isgenerator', 'isgeneratorfunction',
  'iscoroutinefunction', 'iscoroutine', 'isasyncgenfunction', 'isabstract', 'isroutine', 'ismethoddescriptor',
  'isdatadescriptor', 'getmembers', 'getmro', 'signature', 'Signature', 'Parameter', 'BoundArguments',
  'getdoc', 'cleandoc', 'getsource', 'getsourcelines', 'getfile', 'getmodule', 'currentframe', 'stack',
  'FrameInfo', 'getattr_static', 'unwrap', 'isawaitable', 'getfullargspec', 'getcallargs', 'getclosurevars',
  'getouterframes', 'getframeinfo', 'getsourcefile', 'getcomments', 'formatannotation',
];

/** The natives the Python source calls (each a new reference). */
function natives(interp: Interp): Record<string, PyObject> {
  const rt = interp.rt;
  const codeInfo = interp.nativeFunction('_code_info', (i, args) => {
    const f = args[0];
    if (!(f instanceof PyFunctionObject)) return i.none();
    const code = (f.code as PyCodeObject).loaded.code;
    const n = code.argcount + code.kwonlyargcount + (code.flags & CO_FLAGS.VARARGS ? 1 : 0) + (code.flags & CO_FLAGS.VARKEYWORDS ? 1 : 0);
    const names = code.varnames.slice(0, n).map((s) => newStr(rt, s));
    const kind = code.flags & CO_FLAGS.ASYNC_GENERATOR ? 'asyncgen' : code.flags & CO_FLAGS.COROUTINE ? 'coroutine' : code.flags & CO_FLAGS.GENERATOR ? 'generator' : 'function';
    return newTuple(rt, [
      newInt(rt, code.argcount), newInt(rt, code.posonlyargcount), newInt(rt, code.kwonlyargcount), newTuple(rt, names),
      newInt(rt, code.flags & CO_FLAGS.VARARGS ? 1 : 0), newInt(rt, code.flags & CO_FLAGS.VARKEYWORDS ? 1 : 0),
      newStr(rt, kind), newInt(rt, code.firstlineno), newStr(rt, code.filename),
    ]);
  });
  const scriptLines = interp.nativeFunction('_script_lines', (i, args) => {
    const name = args[0];
    const script = i.script;
    if (!name || !('value' in name) || name.value !== script.filename) return i.none();
    return newTuple(rt, script.lines.map((l) => newStr(rt, `${l}\n`)));
  });
  const unsupported = interp.nativeFunction('_unsupported', (i, args) => {
    const what = args[0] && 'value' in args[0] ? String(args[0].value) : '?';
    throw new UnsupportedError(`inspect.${what}`, i.line);
  });
  const proxy = interp.nativeFunction('_mappingproxy', (i, args) => {
    const d = args[0];
    if (!(d instanceof PyDictObject)) return i.typeError('mappingproxy() argument must be a dict');
    return newMappingProxy(i, d);
  });
  const funcGlobals = interp.nativeFunction('_func_globals', (i, args) => {
    const g = args[0] instanceof PyFunctionObject ? args[0].refs.globals : null;
    const v = g ?? newDict(i.rt);
    if (g) i.rt.heap.incref(g);
    return v;
  });
  const scriptFile = interp.nativeFunction('_script_file', (i) => newStr(i.rt, i.script.filename));
  const mainModule = interp.nativeFunction('_main_module', (i) => {
    const m = i.modules.get('__main__');
    if (!m) return i.none();
    i.rt.heap.incref(m);
    return m;
  });
  return { _func_globals: funcGlobals, _script_file: scriptFile, _main_module: mainModule, _code_info: codeInfo, _script_lines: scriptLines, _unsupported: unsupported, _mappingproxy: proxy };
}

/** Creates the module (on first import). */
export function createInspect(interp: Interp): PyModuleObject {
  return runSourceModule(interp, { name: 'inspect', source: INSPECT_SOURCE, publicNames: PUBLIC, natives: natives(interp) });
}
