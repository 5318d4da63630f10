# Producer/consumer over queue.Queue: the producer runs first, then consumers drain the queue.
import queue
import threading

tasks = queue.Queue()
done = []
done_lock = threading.Lock()


def producer(count):
    for i in range(count):
        tasks.put(i * i)
    print("produced", count, "items, qsize", tasks.qsize())


def consumer():
    while True:
        try:
            item = tasks.get_nowait()
        except queue.Empty:
            break
        with done_lock:
            done.append(item)
        tasks.task_done()


p = threading.Thread(target=producer, args=(12,), name="producer")
p.start()
p.join()
consumers = [threading.Thread(target=consumer) for _ in range(3)]
for c in consumers:
    c.start()
for c in consumers:
    c.join()
tasks.join()
print("consumed", len(done), "sum", sum(done), sorted(done)[:5])
print("empty:", tasks.empty(), "unfinished:", tasks.unfinished_tasks)

cond = threading.Condition()
ready = []
with cond:
    ready.append(True)
    cond.notify_all()
    print("predicate:", cond.wait_for(lambda: ready))

timer_log = []
t = threading.Timer(0.01, timer_log.append, args=["fired"])
t.start()
t.join()
cancelled = threading.Timer(5, timer_log.append, args=["never"])
cancelled.start()
cancelled.cancel()
cancelled.join()
print(timer_log, t.name.startswith("Thread-"))
