/**
 * The classes of `contextlib` (Lib/contextlib.py, 3.11–3.13) that scripts subclass, written in
 * Python and run on their first lookup (addLazySourceNames):
 *
 *   ContextDecorator        a manager whose instance, called on a function, returns a wrapper
 *                           running each call inside `with self:`
 *   AbstractContextManager  an ABC: `__enter__` returns self, `__exit__` is abstract; a class
 *                           with both methods counts as a subclass
 */

/** The module's Python text. */
export const CONTEXTLIB_SOURCE = String.raw`
from abc import ABC, abstractmethod
from functools import wraps


class ContextDecorator:
    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self:
                return func(*args, **kwds)
        return inner


def _defines_all(cls, names):
    for name in names:
        for klass in cls.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(ABC):
    __slots__ = ()

    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _defines_all(C, ("__enter__", "__exit__"))
        return NotImplemented
`;

/** The names the source offers to `contextlib`. */
export const CONTEXTLIB_SOURCE_NAMES = ['ContextDecorator', 'AbstractContextManager'];
