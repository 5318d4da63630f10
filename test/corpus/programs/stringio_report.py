"""A sales report rendered into an in-memory text file, then printed; a CSV-like export read back
line by line; a binary record buffer in a BytesIO; stdout captured with redirect_stdout."""
import io
import sys
from contextlib import redirect_stdout

sales = [("north", "widgets", 120, 2.5), ("south", "gadgets", 75, 4.25), ("east", "widgets", 30, 2.5),
         ("west", "gizmos", 210, 1.1), ("north", "gadgets", 12, 4.25)]


def render(rows, out):
    print(f"{'region':<8}{'product':<10}{'qty':>5}{'total':>10}", file=out)
    print("-" * 33, file=out)
    grand = 0.0
    for region, product, qty, price in rows:
        total = qty * price
        grand += total
        out.write(f"{region:<8}{product:<10}{qty:>5}{total:>10.2f}\n")
    print("-" * 33, file=out)
    print(f"{'TOTAL':<23}{grand:>10.2f}", file=out)


buf = io.StringIO()
render(sales, buf)
text = buf.getvalue()
print(text, end="")
print("chars:", len(text), "position:", buf.tell(), "lines:", text.count("\n"))
print("StringIO size is constant:", sys.getsizeof(buf) == sys.getsizeof(io.StringIO()))

# read it back
buf.seek(0)
header = buf.readline()
print("header:", header.split())
rest = buf.readlines()
print("remaining lines:", len(rest), "last:", rest[-1].strip())
for n, line in enumerate(io.StringIO(text)):
    if "widgets" in line:
        print("widgets line", n, repr(line.rstrip()))

# CSV-like export
csv = io.StringIO()
csv.writelines(f"{r},{p},{q}\n" for r, p, q, _ in sales)
csv.seek(0)
totals = {}
for line in csv:
    region, _, qty = line.rstrip("\n").split(",")
    totals[region] = totals.get(region, 0) + int(qty)
print("qty by region:", totals)
csv.seek(0)
print("first 12 chars:", repr(csv.read(12)), "then", repr(csv.read(5)))
print("truncate to", csv.truncate(20), "->", repr(csv.getvalue()))

# binary records in a BytesIO: sizes grow with the buffer, getvalue() shares it
b = io.BytesIO()
print("empty BytesIO:", sys.getsizeof(b))
for region, product, qty, _ in sales:
    b.write(region.encode() + b":" + str(qty).encode() + b";")
    print("after", region, b.tell(), sys.getsizeof(b))
data = b.getvalue()
print(data, len(data), "shared buffer size:", sys.getsizeof(b))
b.seek(0)
print(b.read(6), b.read(), b.tell())

# with-statement closes it
with io.StringIO("alpha\nbeta\ngamma") as f:
    print([w.upper() for w in f.read().split()])
print("closed:", f.closed)
try:
    f.getvalue()
except ValueError as e:
    print("ValueError:", e)
try:
    b.close()
    b.write(b"x")
except ValueError as e:
    print("ValueError:", e)

# capture what print() writes
captured = io.StringIO()
with redirect_stdout(captured):
    render(sales[:2], sys.stdout)
    print("inside the block")
print("captured", len(captured.getvalue().splitlines()), "lines; last:", captured.getvalue().splitlines()[-1])
print(type(buf), type(b), io.StringIO.__module__)

# json to and from an in-memory file
import json
store = io.StringIO()
json.dump({"totals": totals, "rows": len(sales)}, store, indent=2, sort_keys=True)
print(store.getvalue().splitlines()[:3], store.tell())
store.seek(0)
print(json.load(store))
