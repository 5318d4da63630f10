# Pretty-printing a small sales report as JSON, with a custom encoder for dates and sets.
import json


class Day:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    def iso(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"


class ReportEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Day):
            return o.iso()
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


sales = [
    {"region": "north", "day": Day(2024, 3, 1), "amount": 1250.5, "tags": {"promo", "web"}},
    {"region": "south", "day": Day(2024, 3, 1), "amount": 980.0, "tags": set()},
    {"region": "north", "day": Day(2024, 3, 2), "amount": 1410.25, "tags": {"store"}},
]

totals = {}
for row in sales:
    totals[row["region"]] = totals.get(row["region"], 0) + row["amount"]

report = {
    "title": "Sales \u2014 March",
    "rows": sales,
    "totals": totals,
    "average": sum(totals.values()) / len(sales),
    "ok": True,
    "notes": None,
}
print(json.dumps(report, cls=ReportEncoder, indent=2))
print(json.dumps(report, cls=ReportEncoder, indent="\t", ensure_ascii=False, sort_keys=True)[:120])

try:
    json.dumps({"when": object()}, cls=ReportEncoder)
except TypeError as e:
    print("TypeError:", e)

try:
    json.dumps(sales)
except TypeError as e:
    print("TypeError:", e)

loop = {"name": "loop"}
loop["self"] = loop
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)

try:
    json.dumps({"ratio": float("nan")}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"ratio": float("inf"), "n": -0.0, "big": 10**30}))
print(json.dumps({(1, 2): "pair", "k": 1}, skipkeys=True))
