# An inventory as a list of dicts: updates, merges, views, copies and a formatted table.
import sys

inventory = [
    {"name": "widget", "qty": 12, "price": 2.5},
    {"name": "gadget", "qty": 0, "price": 13.75},
    {"name": "doohickey", "qty": 7, "price": 0.125},
]
inventory[0].update(qty=10)
inventory[1]["qty"] += 5
extra = {"colour": "red", **inventory[2]}
print(extra)

print(f"{'item':<10}|{'qty':>5}|{'price':>8}|{'value':>9}")
print("-" * 35)
total = 0.0
for item in inventory:
    value = item["qty"] * item["price"]
    total += value
    print(f"{item['name']:<10}|{item['qty']:>5d}|{item['price']:>8.2f}|{value:>9,.3f}")
print(f"{'total':<10}|{'':>5}|{'':>8}|{total:>9,.3f}")

names = [d["name"] for d in inventory]
in_stock = {d["name"]: d["qty"] for d in inventory if d["qty"] > 0}
print(names, in_stock, list(in_stock.keys()), list(in_stock.values()))
snapshot = in_stock.copy()
snapshot["widget"] = 0
print(in_stock == snapshot, in_stock["widget"], snapshot.pop("widget"), snapshot)
print(sys.getsizeof({}), sys.getsizeof(inventory[0]), sys.getsizeof(in_stock))
prices = dict.fromkeys(names, 0.0)
for d in inventory:
    prices[d["name"]] = d["price"]
print(prices, sorted(prices, key=prices.get))
del prices["gadget"]
print(len(prices), "gadget" in prices, prices.get("gadget", "gone"))
print("%-8s %5d %7.2f%%" % ("tax", 3, 7.25), "{:*^13}".format("done"))
