# Why `a += b` and `a = a + b` differ for lists: the in-place form extends the same object (and
# grows its array like extend()), the other builds a new list. Plus the TypeErrors beginners meet
# when they mix sequence types.
import sys

shopping = ["eggs", "milk"]
alias = shopping
shopping += ["bread"]
print("after +=  :", alias, "same object:", shopping is alias)
shopping = shopping + ["jam"]
print("after = + :", alias, "same object:", shopping is alias)

basket = []
sizes = [sys.getsizeof(basket)]
for batch in (["a"], ("b", "c"), "def", range(3), ["g", "h", "i", "j", "k"]):
    basket += batch
    sizes.append(sys.getsizeof(basket))
print(basket)
print("sizes while growing:", sizes)

row = [0, 1]
same = row
row *= 3
print("row *= 3  :", same, sys.getsizeof(row))
row *= 0
print("row *= 0  :", same, sys.getsizeof(row))

grid = [[0] * 3] * 2
grid[0] += [9]
print("shared rows:", grid)

total = (1, 2)
before = total
total += (3,)
print("tuples rebind:", before, total, before is total)

name = "py"
name += "thon"
print(name)

def add_item(bag, item):
    bag += [item]      # mutates the caller's list
    return bag

mine = ["keys"]
add_item(mine, "phone")
print("caller sees:", mine)

for label, attempt in [
    ("str + int", lambda: "Total: " + 42),
    ("list + tuple", lambda: [1, 2] + (3,)),
    ("tuple + list", lambda: (1,) + [2]),
    ("list + None", lambda: [] + None),
    ("str * str", lambda: "ab" * "3"),
    ("float * list", lambda: 2.5 * [1]),
    ("list += int", lambda: add_item([], 1) + 1),
]:
    try:
        attempt()
    except TypeError as e:
        print(f"{label:13}-> TypeError: {e}")

numbers = [1, 2]
try:
    numbers += 5
except TypeError as e:
    print("numbers += 5 -> TypeError:", e)
print("numbers unchanged:", numbers)

# extend() presizes from what it can know about its argument, then trims what it did not use.
for label, source in [("a list", [1, 2, 3]), ("a tuple", (1,)), ("a str", "abcde"),
                      ("a generator", (n * n for n in range(3))), ("a range", range(9)),
                      ("a set", {4, 5, 6}), ("dict values", {"x": 1}.values())]:
    fresh = []
    fresh.extend(source)
    print(f"[].extend({label}):", fresh, sys.getsizeof(fresh))
print("list(generator):", sys.getsizeof(list(c for c in "hello")))
