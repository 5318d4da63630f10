"""repr, __module__ and __qualname__ of the C types our modules provide (objects/typeModules.ts):
run with PYENV_VERSION=3.11.7 / 3.12.1 / 3.13.0 python3 test/oracle/nativeTypeNames.py (the output
is the same on the three). A line whose expression the simulation cannot evaluate prints '-'."""
import itertools, collections, functools, operator, threading, io, re, random, weakref, dataclasses, enum, sys
class C: pass
EXPRS = [
    'itertools.count', 'itertools.cycle', 'itertools.repeat', 'itertools.chain', 'itertools.islice', 'itertools.accumulate',
    'itertools.product', 'itertools.permutations', 'itertools.combinations', 'itertools.combinations_with_replacement',
    'itertools.groupby', 'itertools.starmap', 'itertools.takewhile', 'itertools.dropwhile', 'itertools.filterfalse',
    'itertools.zip_longest', 'itertools.compress', 'itertools.pairwise', 'itertools.tee(iter([]))[0].__class__',
    'collections.deque', 'collections.defaultdict', 'collections.OrderedDict', 'collections.Counter', 'collections.ChainMap',
    'functools.partial', 'type(functools.lru_cache()(len))', 'operator.itemgetter', 'operator.attrgetter', 'operator.methodcaller',
    'type(threading.Lock())', 'type(threading.RLock())', 'io.StringIO', 'io.BytesIO', 'type(sys.stdout)',
    're.Pattern', 're.Match', 'random.Random', 'weakref.ref', 'weakref.ProxyType', 'weakref.CallableProxyType', 'weakref.finalize',
    'weakref.WeakValueDictionary', 'weakref.WeakKeyDictionary', 'weakref.WeakSet', 'type(int.__dict__)',
    'type(iter([]))', 'type(iter(()))', 'type(iter(range(3)))', 'type(iter({}))', 'type({}.keys())', 'type({}.values())', 'type({}.items())',
    'type(iter(set()))', 'type(iter(""))', 'type(reversed([]))', 'type(zip())', 'type(map(len, []))', 'type(filter(None, []))', 'type(enumerate([]))',
    'type(iter(len, 1))', 'type(x for x in ())', 'type(C.__init__)', 'type(len)', 'type(C().__init__)', 'type(sys.flags)', 'type(sys.version_info)',
    'dataclasses.Field', 'enum.auto', 'enum.Enum', 'type(re.finditer("a", "a"))', 'type(re.compile("a").finditer("a"))',
]
for src in EXPRS:
    try:
        t = eval(src)
        print(repr(t), t.__module__, t.__qualname__, t.__name__)
    except Exception:
        print('-')
for src in ['io.StringIO()', 'io.BytesIO()', 'itertools.count()', 'threading.Lock()', 'iter([])', 'zip()', 'functools.partial(len)']:
    try:
        o = eval(src)
        print(object.__repr__(o).split(' object at ')[0], type(o).__name__)
    except Exception:
        print('-')
