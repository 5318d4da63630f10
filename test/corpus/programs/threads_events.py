# Threads that wait for the main thread: Event.wait(), Condition wait/notify, a Semaphore,
# a bounded queue whose producer blocks on put(), and join() of a thread that is still waiting.
import queue
import threading

go = threading.Event()
log = []


def runner(n):
    log.append(("ready", n))
    go.wait()
    log.append(("running", n))


runners = [threading.Thread(target=runner, args=(n,)) for n in range(3)]
for t in runners:
    t.start()
print("event set?", go.is_set(), "alive:", sum(t.is_alive() for t in runners))
go.set()
for t in runners:
    t.join()
print("log:", sorted(log))
print("alive:", sum(t.is_alive() for t in runners))

# Condition: a consumer waits until the list holds three items.
cond = threading.Condition()
items = []
seen = []


def consumer():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        seen.extend(items)


c = threading.Thread(target=consumer)
c.start()
for i in range(3):
    with cond:
        items.append(i * 10)
        cond.notify()
c.join()
print("consumer saw:", seen)

# A semaphore starting at 0: each worker waits for a release() from the main thread.
sem = threading.Semaphore(0)
finished = []


def gated(n):
    with sem:
        finished.append(n)


gates = [threading.Thread(target=gated, args=(n,)) for n in range(4)]
for t in gates:
    t.start()
print("before release:", finished)
sem.release(4)
for t in gates:
    t.join()
print("after release:", sorted(finished))

# A bounded queue: the producer blocks on put() when two items wait; the main thread drains it.
box = queue.Queue(maxsize=2)


def producer():
    for i in range(6):
        box.put(i)
    box.put(None)


p = threading.Thread(target=producer)
p.start()
drained = []
while True:
    item = box.get()
    if item is None:
        break
    drained.append(item)
p.join()
print("drained:", drained, "full:", box.full())

# Lock contention: four threads increment one counter under a lock.
lock = threading.Lock()
total = 0


def add(n):
    global total
    for _ in range(n):
        with lock:
            total += 1


adders = [threading.Thread(target=add, args=(500,)) for _ in range(4)]
for t in adders:
    t.start()
for t in adders:
    t.join()
print("total:", total, "locked:", lock.locked())
