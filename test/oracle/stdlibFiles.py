"""Probe: each simulated module's __file__ (stdlibLocation.ts). Run with PYENV_VERSION=3.11.7/3.12.1/3.13.0."""
import importlib, sys
names = ['math','cmath','itertools','functools','operator','heapq','bisect','copy','string','time','datetime','calendar','collections','fractions','abc','dataclasses','tracemalloc','statistics','re','contextlib','traceback','enum','typing','__future__','threading','timeit','queue','concurrent','concurrent.futures','collections.abc','json','io','pprint','unittest','decimal','doctest','graphlib','textwrap','array','inspect','importlib','random','weakref','gc','sys','builtins']
for n in names:
    m = importlib.import_module(n)
    print(n, getattr(m, '__file__', None))
