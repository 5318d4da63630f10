/**
 * `inspect`'s signature objects, a piece of the module's Python source (inspectModule.ts joins
 * the pieces in order): `Parameter` and its kinds, `BoundArguments`, `Signature` with bind and
 * bind_partial, and `signature()` for functions, methods, classes and wrapped callables.
 */
export const INSPECT_SIGNATURE_SOURCE = String.raw`class _empty:
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


`;
