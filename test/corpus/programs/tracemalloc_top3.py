# Which lines of a small program hold the most memory? The top three, as the docs show.
import tracemalloc

tracemalloc.start()

words = ["word%d" % i for i in range(2000)]
lengths = {w: len(w) for w in words}
unique = set(words)
pairs = [(w, len(w)) for w in words[:500]]
text = " ".join(words)

snapshot = tracemalloc.take_snapshot()
snapshot = snapshot.filter_traces((
    tracemalloc.Filter(False, "<frozen importlib._bootstrap>"),
    tracemalloc.Filter(False, "<unknown>"),
    tracemalloc.Filter(False, tracemalloc.__file__),
))
top_stats = snapshot.statistics("lineno")
print("Top 3 lines")
for index, stat in enumerate(top_stats[:3], 1):
    frame = stat.traceback[0]
    print(f"#{index}: line {frame.lineno}: {stat.size / 1024:.1f} KiB, {stat.count} blocks")
    where, source = stat.traceback.format()
    print(where.endswith(f", line {frame.lineno}"), source.strip())
print(len(top_stats), "lines allocate")
print("text block:", tracemalloc.get_object_traceback(text)[0].lineno, len(text))
tracemalloc.stop()
