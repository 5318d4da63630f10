# Run by media/python/tracemallocRunner.py (test/oracle/startup/generate.sh writes
# runnerListTops.runner.<version>.json): a script's first list displays take the top entries of the
# list free list. runpy freed the top two after compiling the script, from objects it allocated
# before tracemalloc.start, so the first two lists are charged nothing; the compile's own lists,
# beneath them, are traced and re-attributed to the line that takes them (3.11: the compile reused
# the untraced lists its startup left there, so all five are charged nothing).
def scope_a(): pass
def scope_b(): pass
a = []
b = []
c = []
d = []
e = []
