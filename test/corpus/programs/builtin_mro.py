print(tuple.__mro__, bool.__mro__, KeyError.__mro__, type.__mro__)
class L(list): pass
class D(dict): pass
print(L.__mro__, D.__mro__, issubclass(int, object), isinstance(3, object), object.__mro__)
