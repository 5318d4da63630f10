"""Introspection: vars() and dir() of an instance, the module name, built-in types' slot wrappers."""


class Plain:
    kind = "plain"

    def __init__(self):
        self.a = 1
        self.b = [2]


p = Plain()
print(vars(p), sorted(k for k in dir(p) if not k.startswith("__")), "kind" in dir(Plain))
print(__name__, type(__builtins__).__name__ in ("module", "dict"), __name__ == "__main__")
print(hasattr(list, "__len__"), hasattr(dict, "__getitem__"), hasattr(int, "__add__"), hasattr(str, "nope"))
print(len.__name__, list.__name__, list.append.__name__, [].append.__name__, int.__name__)
print(callable(list.__len__), list.__len__([1, 2]), int.__add__(2, 3), str.upper("x"), dict.fromkeys("ab", 0))
