# Run by sliceCache.py under media/python/tracemallocRunner.py: the first slice reuses the one the
# startup left in the slice cache (untraced: nothing charged), the second is new, the third is freed
# back into the cache and stays traced to its line.
s = slice(1)
t = slice(2)
u = [1, 2, 3][0:2]
