# A phased simulation: four cells of a heat grid update in lockstep. Each worker computes its
# cell, then waits at a barrier; the barrier's action (run once per phase by the last thread to
# arrive) publishes the new grid. Then: a barrier that times out, an abort, and a reset.
import threading
import time

CELLS = 4
PHASES = 3
grid = [100.0, 0.0, 0.0, 40.0]
next_grid = list(grid)
history = []
arrivals = []


def publish():
    grid[:] = next_grid
    history.append([round(v, 2) for v in grid])


barrier = threading.Barrier(CELLS, action=publish)
print(barrier.parties, barrier.n_waiting, barrier.broken)


def cell(i):
    for phase in range(PHASES):
        left = grid[i - 1] if i > 0 else grid[i]
        right = grid[i + 1] if i < CELLS - 1 else grid[i]
        next_grid[i] = grid[i] + 0.25 * (left + right - 2 * grid[i])
        # Cells finish their work at different times: the slowest arrives last.
        time.sleep(0.1 * (CELLS - i))
        index = barrier.wait()
        arrivals.append((phase, i, index))


workers = [threading.Thread(target=cell, args=(i,), name=f"cell-{i}") for i in range(CELLS)]
for w in workers:
    w.start()
for w in workers:
    w.join()

for row in history:
    print(row)
print("arrival index per phase:", sorted(arrivals))
print("first to arrive (index 0):", [i for phase, i, index in sorted(arrivals) if index == 0])
print(barrier.n_waiting, barrier.broken)

# Only two of three parties ever come: the waits time out and break the barrier.
pair = threading.Barrier(3, timeout=0.2)
outcome = []


def lonely(name):
    try:
        pair.wait()
        outcome.append((name, "passed"))
    except threading.BrokenBarrierError as e:
        outcome.append((name, type(e).__name__, isinstance(e, RuntimeError)))


ts = [threading.Thread(target=lonely, args=(n,)) for n in ("a", "b")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(outcome), pair.broken)
try:
    pair.wait()
except threading.BrokenBarrierError:
    print("still broken")
pair.reset()
print("after reset:", pair.broken, pair.n_waiting)

# abort() wakes a waiting thread with BrokenBarrierError.
gate = threading.Barrier(2)
seen = []


def waiter():
    try:
        gate.wait()
    except threading.BrokenBarrierError:
        seen.append("aborted")


w = threading.Thread(target=waiter)
w.start()
time.sleep(0.2)
print("waiting:", gate.n_waiting)
gate.abort()
w.join()
print(seen, gate.broken)

# An action that raises breaks the barrier for everyone.
def bad_action():
    raise ValueError("action failed")


boom = threading.Barrier(2, action=bad_action)
errors = []


def party():
    try:
        boom.wait()
    except Exception as e:
        errors.append(type(e).__name__)


p1 = threading.Thread(target=party)
p1.start()
time.sleep(0.2)
try:
    boom.wait()
except ValueError as e:
    errors.append(str(e))
p1.join()
print(sorted(errors), boom.broken)
