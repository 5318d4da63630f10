# The teaching demo: a constant's reference count seen from the script itself. While the module
# body runs, the script's AST (freed when the body ends) holds one reference to every constant
# the compiler put in co_consts: `x = 1000` then getrefcount(x) is 4 (x, co_consts, the AST, the
# argument), 5 once a second name is bound, and equal literals anywhere in the script (functions
# included) are one object. After the body, an atexit handler sees neither the AST's reference
# nor the module code's.
import sys
import atexit

x = 1000
print("int", sys.getrefcount(x))
s = "hello world"
print("str", sys.getrefcount(s))
f = 3.14159
print("float", sys.getrefcount(f))
t = (10, 20, 30)
print("tuple", sys.getrefcount(t))
n = -5000
print("folded", sys.getrefcount(n))
big = 2 ** 70
print("folded power", sys.getrefcount(big))

a = 123456
b = 123456
print("two names", sys.getrefcount(a), a is b)
del b
print("after del", sys.getrefcount(a))
del a
print("no names", sys.getrefcount(123456))


def func():
    local = 98765
    return sys.getrefcount(local)


print("in a function", func())
c = 98765
print("merged with the function's", sys.getrefcount(c), func())


def same():
    return 1000


print("same literal in a function", sys.getrefcount(x), same() is x)


class Point:
    origin = 2.5


print("class attribute", sys.getrefcount(Point.origin))
print("lambda", sys.getrefcount((lambda: 45678)()))
print("list item", sys.getrefcount([11111, 22222][0]))
data = b"raw bytes"
print("bytes", sys.getrefcount(data))
joined = b"ab" b"cd"
print("joined bytes", sys.getrefcount(joined))
code = compile("'made by compile'", "<demo>", "eval")
print("compile()", sys.getrefcount(eval(code)))

keep = 31337
atexit.register(lambda: print("at exit", sys.getrefcount(keep)))
