#!/usr/bin/env python3
"""PEP 695 objects on the real 3.12.1 / 3.13.0 (3.11 has no such syntax): getsizeof and
gc.is_tracked of TypeVar / TypeVarTuple / ParamSpec / ParamSpecArgs / TypeAliasType and of a
generic function's __type_params__ tuple, and the gen-0 gc count a generic def, class and alias
statement adds (the class's differs: test/fidelity/KNOWN-DIFFERENCES.md). src/interpreter/objects/typeParams.ts uses these numbers.

    PYENV_VERSION=3.12.1 python3 test/oracle/typeParamsProbe.py
"""
import gc
import sys
import typing  # first, so the class's Generic[V] does not count typing's import


def f[T, *Ts, **P](x: T) -> T:
    return x


type A[K] = dict[K, int]
for o in f.__type_params__ + (f.__type_params__[2].args, A, f.__type_params__):
    print(type(o).__name__, sys.getsizeof(o), gc.is_tracked(o))

gc.collect()
gc.disable()
c0 = gc.get_count()[0]
def g[U](u: U) -> U:
    return u
c1 = gc.get_count()[0]
type B[W] = list[W]
c2 = gc.get_count()[0]
class Box[V]:
    pass
c3 = gc.get_count()[0]
print("gen0 deltas: def", c1 - c0, "alias", c2 - c1, "class", c3 - c2)
