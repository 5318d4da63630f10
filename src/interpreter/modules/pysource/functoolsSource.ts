/**
 * The parts of `functools` (Lib/functools.py, 3.11–3.13) that are Python classes and closures in
 * CPython, written in Python here and run on their first lookup (addLazySourceNames):
 *
 *   singledispatch         a function whose `register`, `dispatch` and `registry` (a mappingproxy)
 *                          hang on the wrapper; dispatch walks `type(arg).__mro__`, an abstract
 *                          base class a class only implements (`list` → `Sequence`) counting just
 *                          after the last class of the MRO that implements it
 *   singledispatchmethod   the same, as a descriptor dispatching on the first argument after self
 *   cached_property        a non-data descriptor storing its result in the instance's `__dict__`
 *   partialmethod          a descriptor binding the partial's function to the instance
 *
 * Obscurity: CPython's singledispatch keeps a weak-keyed dispatch cache beside the registry;
 * here each call walks the MRO again, so a call allocates nothing for the cache.
 */

/** The module's Python text; `_mappingproxy` and `_generic_alias` are native helpers put in its globals. */
export const FUNCTOOLS_SOURCE = String.raw`
from functools import update_wrapper, partial


def _is_union(tp):
    from typing import Union, get_origin
    return type(tp) is type(int | str) or get_origin(tp) is Union


def _implementations_in_order(cls, registry):
    """Yields the registered classes cls matches, nearest first, ABCs it only implements
    placed just after the last class of its MRO implementing them."""
    mro = cls.__mro__
    implied = {}
    for key in registry:
        if key in mro or not isinstance(key, type):
            continue
        try:
            if not issubclass(cls, key):
                continue
        except TypeError:
            continue
        slot = 0
        for at, base in enumerate(mro):
            if issubclass(base, key):
                slot = at
        implied.setdefault(slot, []).append(key)
    for at, base in enumerate(mro):
        if base in registry:
            yield base, False
        group = implied.get(at, [])
        while group:
            nearest = [k for k in group if not any(o is not k and issubclass(o, k) for o in group)]
            for k in nearest:
                group.remove(k)
            for k in nearest:
                yield k, True


def _find(cls, registry):
    found = None
    for key, virtual in _implementations_in_order(cls, registry):
        if found is None:
            found = key, virtual
            continue
        if virtual and found[1] and not issubclass(found[0], key):
            raise RuntimeError("Ambiguous dispatch: {} or {}".format(found[0], key))
        break
    return registry.get(found[0]) if found else None


def singledispatch(func):
    registry = {}

    def dispatch(cls):
        return _find(cls, registry)

    def register(cls, func=None):
        if isinstance(cls, type) or _is_union(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to ` + '`register()`' + String.raw`. "
                    f"{cls!r} is not a class or union type.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to ` + '`register()`' + String.raw`: {cls!r}. "
                    f"Use either ` + '`@register(some_class)`' + String.raw` or plain ` + '`@register`' + String.raw` "
                    f"on an annotated function."
                )
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not isinstance(cls, type) and not _is_union(cls):
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        if _is_union(cls):
            for member in cls.__args__:
                registry[member] = func
        else:
            registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _mappingproxy(registry)
    wrapper._clear_cache = lambda: None
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch
        funcname = getattr(self.func, '__name__', 'singledispatchmethod method')

        def _method(*args, **kwargs):
            if not args:
                raise TypeError(f'{funcname} requires at least 1 positional argument')
            return dispatch(args[0].__class__).__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


_ABSENT = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        if _minor >= 12:
            self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _ABSENT)
        if val is _ABSENT:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                )
                raise TypeError(msg) from None
        return val

    __class_getitem__ = classmethod(_generic_alias)


class partialmethod:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += [f"{k}={v!r}" for k, v in self.keywords.items()]
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(parts)})"

    def __get__(self, obj, cls=None):
        getter = getattr(self.func, "__get__", None)
        if getter is not None and not isinstance(self.func, partial):
            bound = getter(obj, cls)
            if bound is not self.func:
                return partial(bound, *self.args, **self.keywords)
        args, keywords = self.args, self.keywords

        def call(cls_or_self, /, *more, **kw):
            return self.func(cls_or_self, *args, *more, **{**keywords, **kw})

        call.__isabstractmethod__ = self.__isabstractmethod__
        return call.__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
`;

/** The names the source offers to `functools`. */
export const FUNCTOOLS_SOURCE_NAMES = ['singledispatch', 'singledispatchmethod', 'cached_property', 'partialmethod'];
