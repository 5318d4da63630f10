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


_TICK = chr(96)
_REGISTER = _TICK + 'register()' + _TICK


def _dispatch_type(target):
    return isinstance(target, type) or _is_union(target)


def _annotated_target(func):
    # A plain @register: the class is the first annotation's.
    if not getattr(func, '__annotations__', {}):
        raise TypeError(
            f"Invalid first argument to {_REGISTER}: {func!r}. Use either "
            f"{_TICK}@register(some_class){_TICK} or plain {_TICK}@register{_TICK} on an annotated function.")
    from typing import get_type_hints
    for argname, target in get_type_hints(func).items():
        if not _dispatch_type(target):
            raise TypeError(f"Invalid annotation for {argname!r}. {target!r} is not a class.")
        return target


def _record(registry, target, impl):
    for member in (target.__args__ if _is_union(target) else (target,)):
        registry[member] = impl
    return impl


def singledispatch(func):
    registry = {object: func}
    label = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        return _find(cls, registry)

    def register(cls, func=None):
        if func is not None:
            if not _dispatch_type(cls):
                raise TypeError(f"Invalid first argument to {_REGISTER}. {cls!r} is not a class or union type.")
            return _record(registry, cls, func)
        if _dispatch_type(cls):
            return lambda impl: _record(registry, cls, impl)
        return _record(registry, _annotated_target(cls), cls)

    def wrapper(*args, **kw):
        if args:
            return dispatch(args[0].__class__)(*args, **kw)
        raise TypeError(f'{label} requires at least 1 positional argument')

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _mappingproxy(registry)
    wrapper._clear_cache = lambda: None
    return update_wrapper(wrapper, func)


def _require_callable(func):
    if callable(func) or hasattr(func, '__get__'):
        return
    raise TypeError(f"{func!r} is not callable or a descriptor")


def _abstract_flag(owner):
    return getattr(owner.func, '__isabstractmethod__', False)


class singledispatchmethod:
    def __init__(self, func):
        _require_callable(func)
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    @property
    def __isabstractmethod__(self):
        return _abstract_flag(self)

    def __get__(self, obj, cls=None):
        pick = self.dispatcher.dispatch
        label = getattr(self.func, '__name__', 'singledispatchmethod method')

        def chosen(*args, **kwargs):
            if args:
                impl = pick(args[0].__class__)
                return impl.__get__(obj, cls)(*args, **kwargs)
            raise TypeError(f'{label} requires at least 1 positional argument')

        chosen.__isabstractmethod__ = self.__isabstractmethod__
        chosen.register = self.register
        return update_wrapper(chosen, self.func)


def _instance_store(instance, name):
    try:
        return instance.__dict__
    except AttributeError:
        pass
    owner = type(instance).__name__
    raise TypeError(f"No '__dict__' attribute on {owner!r} instance to cache {name!r} property.")


def _store_value(store, instance, name, value):
    try:
        store[name] = value
        return
    except TypeError:
        pass
    owner = type(instance).__name__
    raise TypeError(f"The '__dict__' attribute on {owner!r} instance does not support item "
                    f"assignment for caching {name!r} property.")


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        if _minor >= 13:
            self.__module__ = func.__module__
        elif _minor == 11:
            from threading import RLock
            self.lock = RLock()

    def __set_name__(self, owner, name):
        earlier = self.attrname
        if earlier is not None and earlier != name:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({earlier!r} and {name!r}).")
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        store = _instance_store(instance, name)
        if name in store:
            return store[name]
        value = self.func(instance)
        _store_value(store, instance, name, value)
        return value

    __class_getitem__ = classmethod(_generic_alias)


class partialmethod:
    def __init__(self, func, /, *args, **keywords):
        _require_callable(func)
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        shown = [repr(self.func), *map(repr, self.args)]
        shown.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        kind = type(self)
        return f"{kind.__module__}.{kind.__qualname__}({', '.join(shown)})"

    @property
    def __isabstractmethod__(self):
        return _abstract_flag(self)

    def __get__(self, obj, cls=None):
        target, front, named = self.func, self.args, self.keywords
        binder = None if isinstance(target, partial) else getattr(target, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not target:
                return partial(bound, *front, **named)

        def with_preset(first, /, *rest, **kw):
            return target(first, *front, *rest, **{**named, **kw})

        # CPython's function is named by where it is made: partialmethod._make_unbound_method.
        with_preset.__name__ = '_method'
        with_preset.__qualname__ = 'partialmethod._make_unbound_method.<locals>._method'
        with_preset.__isabstractmethod__ = self.__isabstractmethod__
        return with_preset.__get__(obj, cls)
`;

/** The names the source offers to `functools`. */
export const FUNCTOOLS_SOURCE_NAMES = ['singledispatch', 'singledispatchmethod', 'cached_property', 'partialmethod'];
