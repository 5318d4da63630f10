# heapq compares only with <, in the C module's order: a logging __lt__ shows each comparison.
import heapq

log = []

class Job:
    def __init__(self, prio):
        self.prio = prio

    def __lt__(self, other):
        log.append((self.prio, other.prio))
        return self.prio < other.prio

    def __repr__(self):
        return f"Job({self.prio})"

h = []
for p in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, Job(p))
print(h)
print(log)
log.clear()
print(heapq.heappop(h), h)
print(log)
log.clear()
items = [Job(p) for p in [7, 6, 5, 4, 3, 2, 1]]
heapq.heapify(items)
print(items, len(log))
