# operator: function forms of the operators and itemgetter/attrgetter/methodcaller in sorting.
import operator
from functools import reduce

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.neg(5), operator.not_(0), operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt("b", "a"), operator.ge(1, 2))
print(operator.getitem([10, 20, 30], 1), operator.contains("abc", "b"), operator.index(7))
print(reduce(operator.mul, range(1, 6)))

rows = [("bob", 25, "NY"), ("ann", 31, "LA"), ("cy", 25, "SF")]
print(sorted(rows, key=operator.itemgetter(1, 0)))
print(list(map(operator.itemgetter(0), rows)))
getter = operator.itemgetter(2, 0)
print(getter, getter(rows[0]))

class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner

people = [P("zed", P("x")), P("amy", P("y"))]
print([p.name for p in sorted(people, key=operator.attrgetter("name"))])
print(operator.attrgetter("inner.name")(people[0]), operator.attrgetter("name", "inner.name")(people[1]))
print(operator.attrgetter("inner.name"))
up = operator.methodcaller("upper")
rep = operator.methodcaller("replace", "a", "o")
print(up("abc"), rep("banana"), rep)
class Greeter:
    def greet(self, name, punct="."):
        return "hi " + name + punct

call = operator.methodcaller("greet", "ann", punct="!")
print(call(Greeter()), call)
try:
    operator.itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
