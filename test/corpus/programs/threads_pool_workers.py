# A download pool with fewer workers than jobs: at most max_workers tasks run at once, the rest
# wait in the pool's queue in the order submitted, and as_completed() hands back each result as
# its download ends on the clock.
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

log = []
lock = threading.Lock()
running = {"now": 0, "most": 0}


def download(name, seconds):
    with lock:
        running["now"] += 1
        running["most"] = max(running["most"], running["now"])
        log.append(f"{name} starts on {threading.current_thread().name}")
    time.sleep(seconds)
    with lock:
        running["now"] -= 1
    return f"{name}:{int(seconds * 1000)}ms"


jobs = [("index.html", 0.8), ("logo.png", 0.2), ("app.js", 0.3), ("style.css", 0.1), ("font.woff", 0.3)]
start = time.monotonic()
with ThreadPoolExecutor(max_workers=2) as pool:
    futures = {pool.submit(download, name, secs): name for name, secs in jobs}
    print("submitted", len(futures), "with", pool._max_workers, "workers")
    for f in as_completed(futures):
        print("completed", futures[f], "->", f.result())
elapsed = time.monotonic() - start
for line in log:
    print(" ", line)
# Two workers: 0.9 s on the clock (one worker alone would take 1.7 s).
print("at most", running["most"], "at once; took 0.9 s or a little more:", 0.9 <= elapsed < 1.5)

# Three workers, nine equal jobs: three rounds.
with ThreadPoolExecutor(max_workers=3, thread_name_prefix="resize") as pool:
    start = time.monotonic()
    names = list(pool.map(lambda i: (time.sleep(0.1), threading.current_thread().name)[1], range(9)))
    elapsed = time.monotonic() - start
    print("three rounds of 0.1 s:", 0.3 <= elapsed < 0.6)
print(sorted(set(names)))

# map() with a deadline: the slow call misses it.
with ThreadPoolExecutor(max_workers=2) as pool:
    results = pool.map(lambda s: (time.sleep(s), s)[1], [0.05, 0.5, 0.1], timeout=0.25)
    try:
        for r in results:
            print("map gave", r)
    except TimeoutError:
        print("map timed out waiting for the slow call")

# shutdown(wait=False, cancel_futures=True): the running task goes on, the queued ones are cancelled.
pool = ThreadPoolExecutor(max_workers=1)
fs = [pool.submit(download, f"part{i}", 0.1) for i in range(3)]
pool.shutdown(wait=False, cancel_futures=True)
print("cancelled:", [f.cancelled() for f in fs], "running:", fs[0].running())
print("first result:", fs[0].result())
try:
    pool.submit(print, "too late")
except RuntimeError as e:
    print("RuntimeError:", e)

# A pool never shut down: its idle worker is woken when the script ends.
idle_pool = ThreadPoolExecutor(max_workers=2)
print("pow:", idle_pool.submit(pow, 2, 10).result(), threading.active_count() >= 2)
