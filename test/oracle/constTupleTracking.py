"""Whether a script's constant tuples are tracked on its first lines (profile
`startupCollectsAfterCompile`). On 3.12 the startup's last gen-0 collection runs after the
script's compile (a small script finds the count at (0, 5, 0)), so its constant tuples are
untracked; 3.11 and 3.13 still track them. Run it plainly, `python3 test/oracle/constTupleTracking.py`:
with `-W ignore` (as test/corpus/generate.py runs) 3.12's startup allocates differently and that
collection comes before the compile. Expected lines of src/interpreter/constTupleTracking.test.ts."""
import gc

point = (1, 2)
grid = ((0, 0), (1, 1))


def origin():
    return (0, 0)


def scaled(v=(3, 4)):
    return v


print(gc.get_count()[1:])
print(gc.is_tracked(point), gc.is_tracked(grid), gc.is_tracked(grid[0]))
print(gc.is_tracked(origin()), gc.is_tracked(scaled()), gc.is_tracked((1, [])))
print(gc.is_tracked(tuple([1, 2])), gc.is_tracked(frozenset({1})), gc.is_tracked(("a", None, 2.5)))
