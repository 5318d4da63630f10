# A class may define its own `__dict__` (here a method returning a plain dict, as in exercism's
# "pov" solution): the class keeps it instead of the instance-dict descriptor.
import json


class Tree:
    def __init__(self, label, children=None):
        self.label = label
        self.children = children or []

    def __dict__(self):
        return {self.label: [c.__dict__() for c in self.children]}

    def __str__(self):
        return json.dumps(self.__dict__())


t = Tree("root", [Tree("a"), Tree("b", [Tree("c")])])
print(t)
print(type(Tree.__dict__["__dict__"]).__name__, callable(t.__dict__))
print(sorted(k for k in vars(Tree) if not k.startswith("__") or k == "__dict__"))
try:
    vars(t)
except TypeError as exc:
    print("TypeError:", exc)


class Plain:
    pass


p = Plain()
p.x = 1
print(p.__dict__, type(Plain.__dict__["__dict__"]).__name__)
