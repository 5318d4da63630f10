# Bounded queues with time limits: get(timeout=) gives up with queue.Empty, put(timeout=) with
# queue.Full, and a consumer stops waiting when the producer is too slow.
import queue
import threading
import time

box = queue.Queue(maxsize=2)
start = time.monotonic()
try:
    box.get(timeout=0.1)
except queue.Empty:
    print("get gave up after 0.1 s:", time.monotonic() - start >= 0.1)
try:
    box.get_nowait()
except queue.Empty as e:
    print("get_nowait:", type(e).__name__, repr(e))
box.put("a")
box.put("b", timeout=1)
start = time.monotonic()
try:
    box.put("c", timeout=0.2)
except queue.Full:
    print("put gave up after 0.2 s:", time.monotonic() - start >= 0.2, "qsize", box.qsize(), box.full())
try:
    box.put_nowait("c")
except queue.Full:
    print("put_nowait: Full")
for bad in (-1, -0.5):
    try:
        box.get(timeout=bad)
    except ValueError as e:
        print("ValueError:", e)
print("non-blocking ignores the timeout:", box.get(False, -1), box.get(timeout=0))

# A consumer that waits at most 0.2 s for each item.
jobs = queue.Queue()
got = []


def producer():
    for i, delay in enumerate([0.05, 0.05, 0.3]):
        time.sleep(delay)
        jobs.put(i * 10)


def consumer():
    while True:
        try:
            item = jobs.get(timeout=0.2)
        except queue.Empty:
            got.append(("gave up at 0.3 s", time.monotonic() - t0 >= 0.3))
            return
        got.append(item)
        jobs.task_done()


t0 = time.monotonic()
threads = [threading.Thread(target=consumer, name="consumer"), threading.Thread(target=producer, name="producer")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("consumer saw:", got)
print("left over:", jobs.qsize(), "unfinished:", jobs.unfinished_tasks)
print("late item:", jobs.get_nowait())
jobs.task_done()
jobs.join()
print("joined, unfinished:", jobs.unfinished_tasks)

# A full queue: the producer's put(timeout=) waits for the slow consumer to make room.
pipe = queue.Queue(maxsize=1)
events = []
reads = []


def slow_reader():
    for _ in range(2):
        time.sleep(0.15)
        reads.append(pipe.get())
        pipe.task_done()


def writer():
    for i in range(3):
        try:
            pipe.put(i, timeout=0.1)
            events.append(("wrote", i))
        except queue.Full:
            events.append(("dropped", i))


r = threading.Thread(target=slow_reader)
w = threading.Thread(target=writer)
r.start()
w.start()
w.join()
r.join(timeout=1)
print("writer:", events)
print("reader got:", reads)
print("reader alive:", r.is_alive())
