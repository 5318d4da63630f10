# A priority queue of tasks with heapq: pushes, pops, and the list's size as it grows and shrinks.
import heapq
import sys

tasks = []
print(sys.getsizeof(tasks))
for prio, name in [(5, "write"), (1, "plan"), (3, "test"), (2, "design"), (4, "review"), (1, "coffee"), (9, "ship")]:
    heapq.heappush(tasks, (prio, name))
    print(len(tasks), sys.getsizeof(tasks), tasks[0])
print(tasks)
while tasks:
    prio, name = heapq.heappop(tasks)
    print(prio, name, len(tasks), sys.getsizeof(tasks))

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 3), data)
print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]))
print(heapq.nlargest(3, [5, 1, 4, 1, 5, 9, 2, 6]))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len))
small = heapq.nsmallest(3, range(100))
print(small, sys.getsizeof(small), sys.getsizeof(heapq.nsmallest(5, [3, 1, 2])))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
