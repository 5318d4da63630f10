# help() on built-in functions and methods: pydoc's page from the measured docstring and
# __text_signature__ ("(...)" without one), titled "built-in function NAME in module builtins",
# "built-in function append" for a bound method, "method_descriptor" for an unbound one.
import builtins

help(len)
help(print)
help(sorted)
help([].append)
help(str.upper)
help(dict.fromkeys)
help(list.__len__)

# Every function of builtins but the ones that read input or compile code.
SKIP = ('help', 'input', 'breakpoint', '__import__', '__build_class__', 'exec', 'eval', 'compile', 'open', 'aiter', 'anext')
for name, v in sorted(vars(builtins).items()):
    if type(v).__name__ == 'builtin_function_or_method' and name not in SKIP:
        help(v)
