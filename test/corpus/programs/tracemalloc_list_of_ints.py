# How much memory does a list of 10,000 ints take? Ask tracemalloc.
import tracemalloc

tracemalloc.start()
print("tracing:", tracemalloc.is_tracing(), "frames:", tracemalloc.get_traceback_limit())

numbers = [n for n in range(10_000)]
squares = list(map(lambda n: n * n, numbers))
current, peak = tracemalloc.get_traced_memory()
print("current:", current, "peak:", peak)

snapshot = tracemalloc.take_snapshot()
mine = snapshot.filter_traces([tracemalloc.Filter(True, __file__)])
for stat in mine.statistics("lineno"):
    frame = stat.traceback[0]
    print(f"line {frame.lineno}: {stat.size} bytes in {stat.count} blocks")
    print("  ", str(stat).split("/")[-1])

total = sum(stat.size for stat in mine.statistics("filename"))
print("total for this file:", total)

del squares
print("after del:", tracemalloc.get_traced_memory()[0] < current)
tracemalloc.reset_peak()
print("peak reset:", tracemalloc.get_traced_memory()[1] == tracemalloc.get_traced_memory()[0])
tracemalloc.stop()
print("after stop:", tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
