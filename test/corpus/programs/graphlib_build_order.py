# graphlib.TopologicalSorter (Lib/graphlib.py): a build system ordering its targets, a worker
# loop handing out ready tasks, and the cycle error a broken dependency file produces.
import gc
import sys
from graphlib import CycleError, TopologicalSorter

deps = {
    'app': ['lib', 'utils', 'config'],
    'lib': ['core'],
    'utils': ['core', 'config'],
    'tests': ['app', 'fixtures'],
    'docs': ['app'],
    'core': [],
}
print('build order:', list(TopologicalSorter(deps).static_order()))

# A scheduler with two workers: each round takes what is ready and finishes it.
ts = TopologicalSorter()
for target, needs in deps.items():
    ts.add(target, *needs)
ts.add('release', 'tests', 'docs')
ts.prepare()
round_no = 0
while ts.is_active():
    ready = ts.get_ready()
    round_no += 1
    print(f'round {round_no}: {ready}')
    for task in sorted(ready):
        ts.done(task)
print('finished, still active:', bool(ts))

# Numbers as nodes, several calls to add for the same node.
nums = TopologicalSorter()
nums.add(10, 5, 2)
nums.add(5, 1)
nums.add(2, 1)
nums.add(10, 7)
nums.add(3)
print('numbers:', [*nums.static_order()])

# A cycle: prepare() reports the first one the search meets.
broken = {'a': ['b'], 'b': ['c'], 'c': ['d', 'a'], 'd': [], 'e': ['e']}
try:
    TopologicalSorter(broken).prepare()
except CycleError as err:
    print(type(err).__name__, err.args[0], err.args[1])
    print(isinstance(err, ValueError), type(err).__mro__[1].__name__)
try:
    list(TopologicalSorter({1: [1]}).static_order())
except CycleError as err:
    print(repr(err))

# Misuse is reported with ValueError.
t = TopologicalSorter({'x': ['y']})
for action in (t.get_ready, t.is_active, lambda: t.done('x')):
    try:
        action()
    except ValueError as err:
        print('ValueError:', err)
t.prepare()
for action in (t.prepare, lambda: t.add('z'), lambda: t.done('q'), lambda: t.done('x')):
    try:
        action()
    except ValueError as err:
        print('ValueError:', err)
first = t.get_ready()
print(first, t.get_ready(), t.is_active())
t.done(*first)
print(t.get_ready())
t.done('x')
try:
    t.done('x')
except ValueError as err:
    print('ValueError:', err)
print(TopologicalSorter[str])

# What a sorter costs: one slot record per node, tracked by the collector.
gc.collect()
before = len(gc.get_objects())
big = TopologicalSorter({n: [n - 1] if n else [] for n in range(200)})
order = list(big.static_order())
print(order[:5], order[-1], len(order))
print('tracked objects added:', len(gc.get_objects()) - before)
print(sys.getsizeof(big._node2info), sys.getsizeof(order))
del big, order
print('collected:', gc.collect())
