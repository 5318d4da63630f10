"""The main script's AST holds one reference to each constant while the module body runs.

`python3 script.py` parses the file into an AST whose arena lives until run_mod returns
(pyrun_file frees it after the body); the compiler's constant cache keeps the first AST object of
each value, so every co_consts object of the script has one extra reference during the body, two
for a one-token bytes literal on 3.12+; none from an atexit handler or sys.excepthook. compile()
and exec() free their AST before returning. Run: PYENV_VERSION=3.12.1 python3 astConstantRefs.py
"""
import sys, atexit
x = 1000
print("int", sys.getrefcount(x))
s = "hello world"
print("str", sys.getrefcount(s))
print("float", sys.getrefcount(1.5))
print("neg", sys.getrefcount(-5000))
print("tuple", sys.getrefcount((1000, 2000)))
# A folded subscript: the arena keeps the folded-away tuple (holding its item) and the result node.
print("tuple item", sys.getrefcount((3000, 4000)[0]))
print("list display item", sys.getrefcount([5000, 6000][0]))
b = b"zz1"
b2 = b"zz1"
print("bytes twice", sys.getrefcount(b))
print("bytes concat", sys.getrefcount(b"ab" b"cd"))
print("bytes in tuple", sys.getrefcount((b"tb", 1)[0]))
y = 1000
print("two names", sys.getrefcount(x))
del x, y
print("after del", sys.getrefcount(1000))
def f():
    return 123456
print("function const", sys.getrefcount(f()))
def g():
    return 7000
z = 7000
print("merged across code", sys.getrefcount(z))
class K:
    attr = 8000.5
print("class body", sys.getrefcount(K.attr))
print("lambda", sys.getrefcount((lambda: 9000)()))
print("folded", sys.getrefcount(2 ** 20 + 7))
exec_str = compile("'exec made string'", "<s>", "eval")
print("compile()", sys.getrefcount(eval(exec_str)))
keep = 10001
atexit.register(lambda: print("atexit", sys.getrefcount(keep)))
def hook(t, v, tb):
    print("excepthook", sys.getrefcount(keep))
sys.excepthook = hook
raise SystemError("end")
