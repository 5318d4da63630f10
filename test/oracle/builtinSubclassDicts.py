"""How each built-in type's tp_subclasses dict grows when a script subclasses it, under the runner.

usage: sh builtinSubclassDicts.sh (runs this file under media/python/tracemallocRunner.py per version)

A built-in's subclasses dict (address int -> weakref) already holds what the runner's startup
subclassed (bool, IntEnum, OrderedDict, the exceptions of the stdlib...). A class statement adds an
entry; when the keys are full, insertdict resizes them and the new keys block (an int-keyed
table) is charged to the class line. For each type this prints the live subclasses at the first
line and, adding new subclasses one by one, the index of the first that resized the keys (the
usable entries left) and the new keys' size: the traced-memory step of that creation beyond the
usual one (the old keys were allocated before tracemalloc started). "new dict": the type had no
subclasses dict (a dict and an 8-slot keys table, 224 bytes).
"""
import json
import sys
import tracemalloc

TYPES = [object, int, float, complex, str, bytes, tuple, list, dict, set, frozenset, type, property,
         BaseException, Exception, ValueError, TypeError, KeyError, LookupError, RuntimeError,
         ArithmeticError, ZeroDivisionError, AttributeError, IndexError, OSError, ExceptionGroup,
         Warning, UserWarning, NotImplementedError, StopIteration]


def grow(base, n):
    """The index and keys size of the first resize (or new dict) when adding `n` subclasses."""
    made = [None] * n  # no list growth inside the measured steps
    deltas = [0] * n
    names = [f"Sub{i}" for i in range(n)]
    for i in range(n):
        ns = {}
        before = tracemalloc.get_traced_memory()[0]
        made[i] = type(names[i], (base,), ns)
        deltas[i] = tracemalloc.get_traced_memory()[0] - before
    usual = max(set(deltas), key=deltas.count)
    for i, d in enumerate(deltas):
        if d - usual >= 100:
            return made, [i, d - usual]
    return made, None


live = {t.__name__: len(type.__subclasses__(t)) for t in TYPES}
keep = []
result = {}
for t in TYPES:
    n = 700 if t is object else 60
    made, first = grow(t, n)
    keep.append(made)
    # The simulation's model: [entries used, usable entries left], or None for no dict yet (no
    # live subclass and a first step of a dict and its keys: 224 bytes plus the first
    # creation's usual extra of 48 or 96, where resizing an emptied dict's keys is 160 plus it).
    model = None if first and first[0] == 0 and live[t.__name__] == 0 and first[1] >= 260 else [live[t.__name__], first[0] if first else n]
    result[t.__name__] = {"live": live[t.__name__], "firstResize": first, "model": model}
sys.stderr.write(json.dumps(result) + "\n")
