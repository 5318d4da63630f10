# Lists every built-in exception class with its base, basicsize and bases (run under each real
# CPython: PYENV_VERSION=3.12.1 python3 test/oracle/exceptionHierarchy.py); exceptionTypes.ts mirrors it.
import builtins, sys
out = []
for name, v in vars(builtins).items():
    if isinstance(v, type) and issubclass(v, BaseException):
        out.append((name, v.__base__.__name__ if v is not BaseException else None, v.__basicsize__, [b.__name__ for b in v.__bases__]))
for o in out: print(o)
