# Sorting and heap-ordering tuples whose first differing items are instances of a class with
# __lt__, or datetimes: the tuple compares those items with their own ordering.
import heapq
import sys
from datetime import date, datetime


class Task:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost

    def __lt__(self, other):
        return self.cost < other.cost

    def __repr__(self):
        return f"Task({self.name!r}, {self.cost})"


queue = []
for prio, task in [(2, Task("write", 5)), (1, Task("plan", 3)), (2, Task("test", 1)), (1, Task("read", 9))]:
    heapq.heappush(queue, (prio, task))
print([heapq.heappop(queue) for _ in range(len(queue))])

print((1, Task("a", 1)) < (1, Task("b", 2)), (1, Task("a", 3)) > (1, Task("b", 2)))
try:
    (1, Task("a", 3)) <= (1, Task("b", 2))
except TypeError as exc:
    print("TypeError:", exc)
print((1, Task("a", 1)) > (1, Task("b", 2)), [Task("x", 4)] < [Task("y", 5)])
print(sorted([(Task("b", 2), "second"), (Task("a", 1), "first")]))

ledger = [(datetime(2015, 3, 1), 10, "rent"), (datetime(2015, 1, 2), 5, "food"), (datetime(2015, 1, 2), -3, "refund")]
for when, amount, what in sorted(ledger):
    print(when.date(), amount, what)
print(max((date(2020, 5, 1), "may"), (date(2020, 1, 1), "jan")))
print((float("nan"), 1) < (1.0, 2), (1, float("nan")) < (1, 2), [1, 2] < [1, 2, 0])

try:
    (1, object()) < (1, object())
except TypeError as exc:
    print("TypeError:", exc)

records = [(Task("slow", 7), 1), (Task("fast", 2), 2)]
records.sort(reverse=True)
print(records, sys.getsizeof(records[0]))
