# try/except/else/finally, raising, re-raising, exception args.
def check(x):
    if x < 0:
        raise ValueError("negative", x)
    return x * 2

for v in [1, -2, 3]:
    try:
        r = check(v)
    except ValueError as e:
        print("error", e.args, str(e))
    else:
        print("ok", r)
    finally:
        print("done", v)

def outer():
    try:
        return 1 / 0
    except ZeroDivisionError:
        print("inner caught")
        raise

try:
    outer()
except ArithmeticError as e:
    print(type(e).__name__, e)

try:
    [][1]
except (KeyError, IndexError) as e:
    print("lookup", e)
