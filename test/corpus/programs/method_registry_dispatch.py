# A command registry that logs bound methods by name, and counts with dict subclasses
# whose truthiness comes from their contents.
from collections import Counter, OrderedDict, defaultdict


class Shell:
    def __init__(self):
        self.history = []

    def greet(self, who="world"):
        "Say hello."
        return "hello " + who

    def add(self, a, b):
        "Add two numbers."
        return a + b

    def commands(self):
        return {m.__name__: m for m in (self.greet, self.add)}


sh = Shell()
for name, meth in sh.commands().items():
    print(name, meth.__qualname__, meth.__doc__, meth.__module__, meth.__func__ is getattr(Shell, name))
print(sh.greet.__defaults__, type(sh.add).__name__, sh.add.__self__ is sh)
Shell.add.audited = True
print(sh.add.audited, getattr(sh.greet, "audited", "no"), hasattr(sh.add, "audited"))
try:
    sh.add.audited = False
except AttributeError as e:
    print("AttributeError:", e)
try:
    sh.add.missing
except AttributeError as e:
    print("AttributeError:", e)


def run(cmd, *args):
    result = cmd(*args)
    print(f"{cmd.__name__}{args} -> {result!r}")


run(sh.greet, "ada")
run(sh.add, 2, 3)

tally = defaultdict(list)
print("empty defaultdict is falsy:", not tally, bool(tally))
if not tally:
    print("nothing tallied yet")
tally["x"].append(1)
print("now:", bool(tally), len(tally))
words = Counter()
print(bool(words), bool(Counter("aab")), not OrderedDict(), bool(OrderedDict(a=1)))


class Stack(list):
    pass


class Roster(dict):
    pass


s = Stack()
print("empty stack:", bool(s), "roster:", bool(Roster()), bool(Roster(a=1)))
s.append(1)
print("after push:", bool(s), "while loop pops:", end=" ")
s.extend([2, 3])
while s:
    print(s.pop(), end=" ")
print()
