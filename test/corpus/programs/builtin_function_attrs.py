"""__module__, __self__ and __qualname__ of built-in functions and methods: a module's function names its module (or the C accelerator it comes from) and has the module as __self__; a bound method has its object."""
import math, functools, collections
print(len.__module__, print.__self__, [].append.__self__, math.sqrt.__module__)
print(math.sqrt.__self__.__name__, functools.reduce.__module__, len.__qualname__, [].append.__qualname__, str.upper.__qualname__)
print(collections.Counter.__module__, abs.__text_signature__, dict.fromkeys.__self__, "x".upper.__self__)
print(type(len).__name__, type([].append).__name__, type(str.upper).__name__, type(dict.__dict__['fromkeys']).__name__)
