"""RecursionError depth through repr/str per version: a __repr__ calling repr(self), nested
containers, a chain of objects whose __repr__ recurses. The numbers the simulation models in
Interp.enterRecursiveCall / checkEvalFromC (3.11 shared limit, 3.12 C budget of 1500, 3.13 frames
only); test/corpus/programs/repr_recursion_depth.py checks them.

    for v in 3.11.7 3.12.1 3.13.0; do PYENV_VERSION=$v python3 test/oracle/reprRecursionProbe.py; done
"""
import sys
def self_recursion(dunder, builtin):
    """How many times a `dunder` calling `builtin(self)` runs before RecursionError."""
    calls = [0]

    def method(self):
        calls[0] += 1
        return builtin(self)
    try:
        builtin(type('Selfish', (), {dunder: method})())
    except RecursionError as e:
        print(builtin.__name__, 'self', calls[0], e)


self_recursion('__repr__', repr)
self_recursion('__str__', str)
def nested(n, mk):
    x = 0
    for _ in range(n): x = mk(x)
    return x
for name, mk, f in [('list', lambda x: [x], repr), ('tuple', lambda x: (x,), str), ('dict', lambda x: {1: x}, repr), ('set-frozen', lambda x: frozenset([x]), repr)]:
    lo = None
    for n in range(1, 3000):
        try:
            f(nested(n, mk))
        except RecursionError as e:
            lo = (n, str(e)); break
    print(name, lo)
class Node:
    def __init__(self, child): self.child = child
    def __repr__(self): return 'N(' + repr(self.child) + ')'
for n in range(1, 3000):
    try: repr(nested(n, Node))
    except RecursionError as e:
        print('chain', n, e); break
