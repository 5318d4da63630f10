# Two snapshots around building a dict: what did the dict cost, line by line?
import tracemalloc

tracemalloc.start()
before = tracemalloc.take_snapshot()

phone_book = {}
for i in range(1000):
    phone_book[f"person{i}"] = 5550000 + i

after = tracemalloc.take_snapshot()
keep = [tracemalloc.Filter(True, __file__)]
diffs = after.filter_traces(keep).compare_to(before.filter_traces(keep), "lineno")
print("changed lines:", len(diffs))
for diff in diffs[:3]:
    print(str(diff).split("/")[-1])
    print("   size_diff:", diff.size_diff, "count_diff:", diff.count_diff)
tracemalloc.stop()
