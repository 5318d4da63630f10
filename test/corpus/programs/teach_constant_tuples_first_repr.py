# Two things a memory lesson trips over. Tuples: the collector watches every new tuple until a
# collection finds nothing in it that could form a cycle. And the first repr() of a container
# creates the interpreter's recursion guard (a dict and a list that live on), so the GC count
# moves by two more than for any later repr.
import gc

built = tuple([1, 2])
rows = tuple([tuple([0, 0]), tuple([1, 1])])
holder = tuple([1, []])
print("built at runtime:", gc.is_tracked(built))
print("rows and a row:", gc.is_tracked(rows), gc.is_tracked(rows[0]))
print("holding a list:", gc.is_tracked(holder))
gc.collect()
print("after collect:", gc.is_tracked(built), gc.is_tracked(rows), gc.is_tracked(rows[0]), gc.is_tracked(holder))

gc.collect()
before = gc.get_count()[0]
first = repr([1, 2, 3])
after_first = gc.get_count()[0]
second = repr([4, 5, 6])
after_second = gc.get_count()[0]
print("first repr moved the count by", after_first - before)
print("second repr moved the count by", after_second - after_first)
print(first, second)
print("nested repr still works:", repr({"k": [(1, 2)]}))
