"""Which C types of the modules the simulation provides are not GC-tracked in CPython, and what
their instances measure: sys.getsizeof, gc.is_tracked, Py_TPFLAGS_HAVE_GC (1 << 14), basicsize,
the gc.get_count()[0] delta of making one, and tracemalloc's size of the block.
Run: for v in 3.11.7 3.12.1 3.13.0; do PYENV_VERSION=$v python3 test/oracle/nonGcNativeTypes.py; done"""
import datetime, gc, sys, tracemalloc, itertools, operator, functools, threading, io, re, random, weakref, collections

class Box:
    pass

box = Box()
EXPRS = [
    'datetime.date(2024, 5, 17)', 'datetime.datetime(2024, 5, 17, 8, 30)', 'datetime.datetime.now()',
    'datetime.datetime(2024, 5, 17, 8, 30, tzinfo=datetime.timezone.utc)', 'datetime.time(8, 30)',
    'datetime.time(8, 30, tzinfo=datetime.timezone.utc)', 'datetime.timedelta(days=3, seconds=5)',
    'datetime.timezone(datetime.timedelta(hours=2))', 'datetime.timezone(datetime.timedelta(hours=2), "X")',
    'threading.Lock()', 'threading.RLock()', 're.compile("a+b")', 're.match("a", "a")', 'random.Random(1)',
    'io.StringIO()', 'io.BytesIO()', 'weakref.ref(box)', 'itertools.count()', 'itertools.repeat(1)',
    'operator.itemgetter(1)', 'operator.attrgetter("a")', 'operator.methodcaller("a")', 'functools.partial(len)',
    'collections.deque()', 'iter([])', 'iter(range(3))', 'complex(1, 2)', 'slice(1, 2)', 'range(3)',
]
for src in EXPRS:
    code = compile(src, '<probe>', 'eval')
    eval(code)  # warm up caches, interned names, lazily created objects
    gc.collect()
    before = gc.get_count()[0]
    o = eval(code)
    after = gc.get_count()[0]
    tracemalloc.start()
    mark = tracemalloc.get_traced_memory()[0]
    p = eval(code)
    traced = tracemalloc.get_traced_memory()[0] - mark
    tracemalloc.stop()
    t = type(o)
    print(f'{src:70} {t.__module__}.{t.__qualname__:20} size={sys.getsizeof(o):4} tracked={gc.is_tracked(o)!s:5} '
          f'have_gc={bool(t.__flags__ & (1 << 14))!s:5} basicsize={t.__basicsize__:3} count+={after - before} traced={traced}')
    del o, p
