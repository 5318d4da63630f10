# A little "calculator table" built from the operator module's functions instead of lambdas,
# the way the functools/operator docs suggest, plus the sequence helpers.
import operator as op
from functools import reduce

binary = {"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "//": op.floordiv,
          "%": op.mod, "**": op.pow, "&": op.and_, "|": op.or_, "^": op.xor, "<<": op.lshift}
for sym, fn in binary.items():
    print(f"12 {sym:>2} 5 = {fn(12, 5)}")
unary = [("abs", op.abs, -7.5), ("neg", op.neg, 4), ("pos", op.pos, -3), ("inv", op.inv, 5),
         ("invert", op.invert, 0), ("not_", op.not_, []), ("truth", op.truth, "x")]
for name, fn, arg in unary:
    print(f"{name}({arg!r}) = {fn(arg)!r}")

print("product:", reduce(op.mul, range(1, 11)))
print("joined:", reduce(op.concat, ["ab", "cd", "ef"]))
print("dot:", sum(map(op.mul, [1, 2, 3], [4, 5, 6])))

votes = ["red", "blue", "red", "green", "red"]
print("countOf red:", op.countOf(votes, "red"), "indexOf green:", op.indexOf(votes, "green"))
print("indexOf in a generator:", op.indexOf((v.upper() for v in votes), "BLUE"))

scores = {"ann": 3}
op.setitem(scores, "bob", 5)
op.delitem(scores, "ann")
print("scores:", scores, "getitem:", op.getitem(scores, "bob"))

running = [1]
alias = running
running = op.iadd(running, [2, 3])
print("iadd on a list mutates:", alias, running is alias)
count = 10
count = op.iadd(count, 5)
print("iadd on an int rebinds:", count)
word = op.iconcat("heap", "q")
print("iconcat:", word, op.imul([0], 3), op.isub(9, 4), op.ipow(2, 8), op.ior({1}, {2}))

print("length_hint:", op.length_hint([1, 2, 3]), op.length_hint(iter("abcd")),
      op.length_hint((x for x in "ab"), 42), op.length_hint(iter(range(5))))
print("call:", op.call(max, 3, 9, 4), op.call(sorted, "heap", reverse=True))

for label, attempt in [("concat(1, 2)", lambda: op.concat(1, 2)),
                       ("indexOf([1], 5)", lambda: op.indexOf([1], 5)),
                       ("countOf(5, 1)", lambda: op.countOf(5, 1)),
                       ("inv('x')", lambda: op.inv("x")),
                       ("pos('x')", lambda: op.pos("x")),
                       ("concat([1], (2,))", lambda: op.concat([1], (2,)))]:
    try:
        attempt()
    except (TypeError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
