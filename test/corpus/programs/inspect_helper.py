"""A small "inspect this object" helper, the kind a teacher writes to show what an object offers:
public attributes split into data and callables, the kind of each built-in method object, how
much memory a bound method costs, and dir() of a function's own scope."""
import sys


def describe(obj, limit=8):
    """Public attributes of obj: (data, methods), each sorted, at most `limit` of each."""
    data, methods = [], []
    for name in dir(obj):
        if name.startswith("_"):
            continue
        value = getattr(obj, name, None)
        (methods if callable(value) else data).append(name)
    return data[:limit], methods[:limit]


class Student:
    school = "Riverside"

    def __init__(self, name, grades):
        self.name = name
        self.grades = list(grades)

    def average(self):
        return sum(self.grades) / len(self.grades)

    def add(self, grade):
        self.grades.append(grade)


s = Student("Ada", [90, 85])
print("student:", describe(s))
print("Student class:", describe(Student))
print("list:", describe([], limit=20))
print("dict:", describe({}, limit=20))
print("str methods:", len(describe("", limit=100)[1]))

# Where a name comes from: the instance's own dict or the class.
for name in ["name", "school", "average", "grades", "nickname"]:
    where = "instance" if name in vars(s) else "class" if hasattr(Student, name) else "nowhere"
    print(f"{name:10} {where:9} {getattr(s, name, '<missing>')!r:.40}")

# The kinds of callables CPython hands out for built-in types.
samples = {
    "list.append": list.append,
    "[].append": [].append,
    "list.__len__": list.__len__,
    "[].__len__": [].__len__,
    "object.__init__": object.__init__,
    "str.join": str.join,
    "len": len,
    "Student.add": Student.add,
    "s.add": s.add,
}
for label, f in samples.items():
    print(f"{label:16} {type(f).__name__:27} callable={callable(f)} size={sys.getsizeof(f)}")

print(list.__len__, list.append, str.join)
print(list.append.__qualname__, [].__len__.__name__, list.__len__.__objclass__)

# Unbound calls through the class work like bound ones.
grades = []
list.append(grades, 70)
list.extend(grades, [80, 95])
print(grades, list.__len__(grades), int.__add__(2, 3), str.upper("hi"), dict.__getitem__({"k": 1}, "k"))
print(int.__add__(1, 2.5), float.__add__(2.5, 1), int.__eq__(1, 1.0), 1 == 1.0)
try:
    list.append("not a list", 1)
except TypeError as e:
    print("TypeError:", e)


def scope_demo(a, b=2):
    total = a + b
    label = "sum"
    return dir()


print(scope_demo(1))
print(hasattr(list, "__len__"), hasattr(int, "__len__"), hasattr(dict, "__getitem__"), hasattr(Student, "average"))
