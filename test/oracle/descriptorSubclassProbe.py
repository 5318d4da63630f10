"""Subclasses of property, classmethod and staticmethod per version: instance sizes, the instance
__dict__, what getter()/setter() return, __doc__ handling. The facts objects/descriptorSubclass.ts
models; test/corpus/programs/descriptor_subclasses.py checks them.

    for v in 3.11.7 3.12.1 3.13.0; do PYENV_VERSION=$v python3 test/oracle/descriptorSubclassProbe.py; done
"""
import sys


class P(property):
    pass


class CM(classmethod):
    pass


class SM(staticmethod):
    pass


def fget(self):
    "getter doc"
    return 1


def plain(x):
    return x


print('sizes', sys.getsizeof(property()), sys.getsizeof(P()), sys.getsizeof(classmethod(plain)), sys.getsizeof(CM(plain)),
      sys.getsizeof(SM(plain)))
p = P(fget)
print('P dict', p.__dict__, p.__doc__)
print('P given', P(fget, doc='given').__doc__, P(fget, doc='given').__dict__)
print('P none', P(None).__dict__)
q = p.setter(lambda s, v: None)
print('setter', type(q).__name__, q.__doc__, q.__dict__)
print('CM dict', sorted(CM(plain).__dict__))
print('SM dict', sorted(SM(plain).__dict__))
print('weakref', hasattr(p, '__weakref__'), hasattr(CM(plain), '__weakref__'))


class Doc(property):
    "class doc"


print('Doc', Doc(fget).__doc__, Doc(fget, doc='given').__doc__, Doc(None).__doc__)


class Init(property):
    def __init__(self, *a, **k):
        self.calls = getattr(self, 'calls', 0) + 1
        super().__init__(*a, **k)


i = Init(fget)
j = i.getter(fget)
print('Init', j.calls, type(j).__name__)
print('isinstance', isinstance(p, property), type(p).__mro__)
