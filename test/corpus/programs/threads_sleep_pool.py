# A download simulator: three workers take jobs from a queue, "download" each by sleeping for its
# duration, and record when they finished. The completion order follows the simulated durations.
import queue
import threading
import time

JOBS = [("index.html", 0.7), ("logo.png", 0.1), ("app.js", 0.4), ("style.css", 0.2), ("font.woff", 0.25)]
WORKERS = 3

jobs = queue.Queue()
for job in JOBS:
    jobs.put(job)
for _ in range(WORKERS):
    jobs.put(None)

finished = []
bytes_done = {"total": 0}
lock = threading.Lock()


def worker():
    while True:
        job = jobs.get()
        if job is None:
            jobs.task_done()
            return
        name, seconds = job
        time.sleep(seconds)
        with lock:
            finished.append(name)
            bytes_done["total"] += int(seconds * 1000) * 1024
        jobs.task_done()


start = time.monotonic()
threads = [threading.Thread(target=worker, name=f"dl-{i}") for i in range(WORKERS)]
for t in threads:
    t.start()
jobs.join()
for t in threads:
    t.join()
elapsed = time.monotonic() - start

print("finished in order:", finished)
print("bytes:", bytes_done["total"])
print("all done:", all(not t.is_alive() for t in threads), jobs.qsize(), jobs.empty())
print("took at least the longest chain:", elapsed >= 0.7)
print("active threads:", threading.active_count())

# A heartbeat thread ticking while the main thread sleeps.
ticks = []
stop = threading.Event()


def heartbeat():
    n = 0
    while not stop.wait(0.15):
        n += 1
        ticks.append(n)


hb = threading.Thread(target=heartbeat, daemon=True)
hb.start()
time.sleep(0.38)
stop.set()
hb.join()
print("heartbeats:", ticks)
