# Refcounts of the main script's constants. CPython 3.11.7/3.12.1/3.13.0 print one more than
# co_consts + names + the argument: _PyRun_SimpleFileObject keeps the script's AST (its arena
# holds each Constant node's object) alive while the module runs; compile() frees its AST at
# once (the exec'd 'comp str' has no extra reference). A second equal literal is a separate
# object in the AST. Folded constants (the tuple, -5000) are arena objects too; 3.12+ bytes
# literals show two arena references.
import sys
s = "hello world"
t = "hello world"
print(sys.getrefcount(s), s is t)
n = 123456
m = 123456
print(sys.getrefcount(n))
tt = (1, 2, "x y")
print(sys.getrefcount(tt), sys.getrefcount(tt[2]))
f = 1.5
print(sys.getrefcount(f))
b = b"bytes!"
print(sys.getrefcount(b))
print(sys.getrefcount("abc def ghi"))
print(sys.getrefcount(987654))
def h():
    return "h const x"
print(sys.getrefcount(h()))
c = compile('z = "comp str"', 'x', 'exec')
ns = {}
exec(c, ns)
print(sys.getrefcount(ns['z']))
x = -5000
print(sys.getrefcount(x))
