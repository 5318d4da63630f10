"""A priority-queue scheduler simulation: tasks with priorities, arrival times and time slices."""
import heapq
import itertools
from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    remaining: int = field(compare=False)
    arrival: int = field(compare=False, default=0)
    finished_at: int = field(compare=False, default=None)


class Scheduler:
    def __init__(self, quantum):
        self.quantum = quantum
        self.ready = []
        self.clock = 0
        self.counter = itertools.count()
        self.log = []
        self.done = []

    def submit(self, name, priority, work, arrival=0):
        task = Task(priority, next(self.counter), name, work, arrival)
        heapq.heappush(self.ready, task)
        return task

    def run(self, pending):
        pending = sorted(pending, key=lambda t: t[3])
        while self.ready or pending:
            while pending and pending[0][3] <= self.clock:
                self.submit(*pending.pop(0))
            if not self.ready:
                self.clock = pending[0][3]
                continue
            task = heapq.heappop(self.ready)
            ran = min(self.quantum, task.remaining)
            task.remaining -= ran
            self.log.append((self.clock, task.name, ran))
            self.clock += ran
            if task.remaining:
                task.seq = next(self.counter)
                heapq.heappush(self.ready, task)
            else:
                task.finished_at = self.clock
                self.done.append(task)


jobs = [
    ("editor", 2, 5, 0),
    ("backup", 5, 9, 0),
    ("compile", 1, 7, 3),
    ("email", 3, 2, 4),
    ("indexer", 5, 4, 30),
]
sched = Scheduler(quantum=3)
sched.run(jobs)
for when, name, ran in sched.log:
    print(f"t={when:>3}  {name:<8} ran {ran}")
print()
print(f"{'task':<8} {'prio':>4} {'arrive':>6} {'finish':>6} {'turnaround':>10}")
for t in sorted(sched.done, key=lambda t: t.finished_at):
    print(f"{t.name:<8} {t.priority:>4} {t.arrival:>6} {t.finished_at:>6} {t.finished_at - t.arrival:>10}")
turn = [t.finished_at - t.arrival for t in sched.done]
print(f"average turnaround {sum(turn) / len(turn):.2f}, makespan {sched.clock}")
print(Task(1, 0, "a", 1) < Task(1, 1, "b", 1), Task(2, 0, "x", 5) == Task(2, 0, "y", 9))
print(repr(sched.done[0]))

events = []
for name, period in [("tick", 4), ("tock", 6), ("save", 10)]:
    heapq.heappush(events, (period, name, period))
for _ in range(9):
    when, name, period = heapq.heappop(events)
    print(when, name, end=" | ")
    heapq.heappush(events, (when + period, name, period))
print()
print(heapq.nsmallest(3, [t.name for t in sched.done]), heapq.nlargest(2, jobs, key=lambda j: j[2]))
merged = list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11]))
print(merged)
