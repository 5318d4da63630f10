# help() on the built-in types whose methods' doc strings and text signatures are measured: the
# whole page (constructor signature when the type has a __text_signature__, "Built-in
# subclasses", methods, class methods, static methods, descriptors, data) and on an instance.
help(int)
help(list)
help(dict)
help(tuple)
help(float)
help({1: 2})
