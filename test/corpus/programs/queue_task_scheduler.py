# A single-threaded task scheduler: FIFO, LIFO and priority queues from the queue module.
import collections
import queue
import sys

jobs = queue.Queue()
for name in ["fetch", "parse", "index", "report"]:
    jobs.put(name)
print(jobs.qsize(), jobs.empty(), jobs.full(), list(jobs.queue))
done = []
while not jobs.empty():
    done.append(jobs.get())
    jobs.task_done()
print(done, jobs.unfinished_tasks)
jobs.join()

undo = queue.LifoQueue()
for step in range(5):
    undo.put_nowait(f"edit-{step}")
print([undo.get_nowait() for _ in range(3)], undo.queue)

urgent = queue.PriorityQueue()
for prio, task in [(3, "email"), (1, "outage"), (2, "review"), (1, "backup")]:
    urgent.put((prio, task))
print(urgent.queue[0], [urgent.get() for _ in range(urgent.qsize())])

small = queue.Queue(maxsize=2)
small.put(1)
small.put(2, block=False)
print(small.full(), small.maxsize)
try:
    small.put_nowait(3)
except queue.Full:
    print("full, dropped 3")
try:
    queue.Queue().get_nowait()
except queue.Empty as e:
    print("empty:", repr(e), isinstance(e, Exception))
try:
    small.task_done()
    small.task_done()
    small.task_done()
except ValueError as e:
    print(e)

sq = queue.SimpleQueue()
sq.put("a")
sq.put("b")
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
print(queue.Empty.__name__, queue.Full.__module__, issubclass(queue.Empty, Exception))
print(sys.getsizeof(jobs.queue) == sys.getsizeof(collections.deque()))
