"""The str methods of objects/strTransforms.ts, star-unpacking and match (vm/matchOps.ts) and
attributes on a dict subclass, as realisticOps.test.ts expects them: the same output under
CPython 3.11.7, 3.12.1 and 3.13.0 (PYENV_VERSION=3.12.1 python3 test/oracle/realisticOpsProbe.py)."""
import gc
print("  a  b c  ".split(None, 1), "  a  b c  ".rsplit(None, 1), "a,b,c".rsplit(",", 1), "a,b,c".split(",", 0), "".split(","), "".split())
print("aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "x\ty\tz".expandtabs(3), "a\r\nb\rc\n".splitlines(True))
print("hello".startswith("ell", 1), "hello".endswith("ell", 0, 4), "hello".startswith(("x", "h")), "Ab Cd".istitle(), "ab_1".isidentifier(), "1ab".isidentifier())
print("abc".translate({97: "xy", 98: None}), "ß".casefold(), "abc".removeprefix("ab"), "abc".removesuffix(""))
for bad in [lambda: "a".split(""), lambda: str.maketrans("ab", "c"), lambda: "a".translate({97: 3.5}), lambda: "abc".startswith(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
*a, b = range(3)
print(a, b)
class P:
    __match_args__ = ("x",)
    def __init__(self):
        self.x = 1
def m(v):
    match v:
        case P(1): return "P1"
        case int(n) if n > 3: return f"big {n}"
        case {"k": 1, **rest}: return f"map {rest}"
        case [1, *rest]: return f"seq {rest}"
        case str() | float(): return "text"
    return "none"
print([m(v) for v in (P(), 5, 2, {"k": 1, "z": 2}, [1, 2, 3], (1,), "s", {"k": 2})])
try:
    match 1:
        case int(1, 2): pass
except TypeError as e:
    print("TypeError", e)
try:
    match P():
        case P(1, 2): pass
except TypeError as e:
    print("TypeError", e)
class D(dict):
    pass
d = D(a=1)
d.me = d
d.tag = "t"
print(vars(d), d, d.tag)
del d
print(gc.collect() >= 1)
