# Each public method of the common built-in types and each builtin function called with no
# arguments and with too many: the exception each raises (or the result's type).
import builtins

SAMPLES = [('str', 'abc'), ('bytes', b'abc'), ('bytearray', bytearray(b'abc')), ('list', [3, 1, 2]),
           ('tuple', (1, 2)), ('dict', {'a': 1}), ('set', {1, 2}), ('frozenset', frozenset({1})),
           ('int', 7), ('float', 2.5), ('complex', 1j), ('range', range(3))]
# Methods the simulation has not got yet (src/interpreter/objects/methodArity.test.ts fills this in).
UNSIMULATED = set()
SKIP = UNSIMULATED | {'input', 'print', 'breakpoint', 'help', 'exit', 'quit', 'open', 'copyright', 'credits', 'license',
        'aiter', 'anext', '__import__', '__build_class__'}


def show(label, f, args):
    try:
        r = f(*args)
        print(label, '->', type(r).__name__)
    except Exception as e:
        print(label, '!!', type(e).__name__, str(e))


for tname, obj in SAMPLES:
    for name in dir(obj):
        if name.startswith('_') or name in SKIP:
            continue
        attr = getattr(obj, name, None)
        if not callable(attr):
            continue
        for n in (0, 5):
            fresh = obj.copy() if hasattr(obj, 'copy') else obj
            show(f'{tname}.{name}/{n}', getattr(fresh, name), (1,) * n)
for name in sorted(dir(builtins)):
    f = getattr(builtins, name)
    if name.startswith('_') or name in SKIP or isinstance(f, type) and issubclass(f, BaseException) or not callable(f):
        continue
    for n in (0, 6):
        show(f'{name}/{n}', f, (1,) * n)
