"""For every module the simulation defines natively, the public callables whose __module__ is not
the module's own name (C accelerators such as _functools, _heapq, _bisect, _operator; names
re-exported from elsewhere), as JSON {module: {name: __module__}}, plus, for each module, whether
its functions are built-in (builtin_function_or_method, whose __self__ is the module).

  PYENV_VERSION=3.12.1 python3 test/oracle/functionModulesProbe.py
"""
import importlib
import json
import sys

MODULES = ["abc", "atexit", "bisect", "builtins", "calendar", "cmath", "collections", "contextlib",
           "copy", "dataclasses", "enum", "functools", "gc", "heapq", "importlib", "itertools", "json",
           "math", "operator", "pprint", "queue", "random", "re", "statistics", "string", "sys", "time",
           "timeit", "traceback", "tracemalloc", "typing", "unicodedata", "weakref", "warnings",
           "textwrap", "inspect", "graphlib", "doctest"]

out = {}
for name in MODULES:
    mod = importlib.import_module(name)
    odd = {}
    for attr in sorted(dir(mod)):
        if attr.startswith("_"):
            continue
        f = getattr(mod, attr)
        if type(f).__name__ not in ("builtin_function_or_method", "function"):
            continue
        m = getattr(f, "__module__", None)
        if m != name:
            odd[attr] = m
    out[name] = odd
json.dump({"version": "%d.%d" % sys.version_info[:2], "modules": out}, sys.stdout, indent=1, sort_keys=True)
print()
