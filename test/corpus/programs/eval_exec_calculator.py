# A small calculator built on eval/exec/compile, the way a tutorial introduces them.
import sys

variables = {"pi": 3.14159, "e": 2.71828}

def calculate(expression):
    try:
        return eval(expression, {"__builtins__": {}}, variables)
    except SyntaxError as err:
        return f"syntax error at column {err.offset}: {err.msg}"
    except NameError as err:
        return f"unknown name: {err}"
    except ZeroDivisionError:
        return "division by zero"

for expr in ["1 + 2 * 3", "pi * 2 ** 2", "  (e + 1) / 2", "10 / 0", "radius * 2", "3 +* 4", "x = 5"]:
    print(f"{expr!r:>16} -> {calculate(expr)}")

# exec defines names in the namespace it is given
namespace = {}
exec("def area(r):\n    return pi * r * r\npi = 3.14159\n", namespace)
print(sorted(namespace), round(namespace["area"](2), 3))

# without arguments exec and eval see the module's names
counter = 0
for step in range(3):
    exec("counter += step")
print("counter:", counter, eval("counter * 10"))

# compile once, run many times
square = compile("n * n", "<square>", "eval")
print(type(square).__name__, square.co_filename, [eval(square, {"n": n}) for n in range(5)])
program = compile("total = 0\nfor k in range(5):\n    total += k\n", "<sum>", "exec")
scope = {}
exec(program, scope)
print("total:", scope["total"], exec("None") is None)

# inside a function exec reads the locals but cannot rebind them
def tweak():
    value = 1
    exec("value = 99")
    return value, eval("value + 1")
print(tweak())

# SyntaxError details, as a REPL would report them
for source in ["print('unclosed'", "total = 1 +", "  indented = 1", "return 5"]:
    try:
        exec(source)
    except SyntaxError as err:
        print(type(err).__name__, repr(err.msg), err.filename, err.lineno, str(err))

# errors from the arguments
for args in [(42,), ("1", [1]), ("1", {}, 5)]:
    try:
        eval(*args)
    except TypeError as err:
        print("TypeError:", err)
try:
    compile("1", "<x>", "run")
except ValueError as err:
    print("ValueError:", err)
print(sys.getsizeof(variables) > 0)

# an error inside the evaluated code shows a <string> frame in the traceback
eval("variables['tau'] / 2")
