# Worker threads: a shared counter under a lock, results appended to a list, names and idents.
import sys
import threading

counter = 0
counter_lock = threading.Lock()
results = []


def work(n, reps):
    global counter
    total = 0
    for i in range(reps):
        with counter_lock:
            counter += 1
        total += i * n
    results.append((n, total, threading.current_thread().name))


threads = [threading.Thread(target=work, args=(n, 1000)) for n in range(1, 6)]
print(threads[0])
print("size of a Thread:", sys.getsizeof(threads[0]), "dict keys:", len(vars(threads[0])))
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
for r in sorted(results):
    print(r)
print(all(not t.is_alive() for t in threads), threads[0].daemon, threads[0].ident is not None)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print("active:", threading.active_count(), [t.name for t in threading.enumerate()])


class Downloader(threading.Thread):
    def __init__(self, url):
        super().__init__(name="dl-" + url)
        self.url = url
        self.size = None

    def run(self):
        self.size = len(self.url) * 100


workers = [Downloader(u) for u in ["a.com", "bb.org", "ccc.net"]]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted((w.name, w.size) for w in workers))

local = threading.local()
local.value = "main"
seen = []


def show():
    local.value = threading.current_thread().name
    seen.append(local.value)


t = threading.Thread(target=show, name="helper")
t.start()
t.join()
print(local.value, seen)

rl = threading.RLock()
with rl:
    with rl:
        print("re-entered")
done = threading.Event()
threading.Thread(target=done.set).start()
print("event set:", done.is_set(), done.wait(), done.wait(0.1))
sem = threading.BoundedSemaphore(2)
with sem:
    print("in semaphore")
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)


def fail():
    raise KeyError("missing")


bad = threading.Thread(target=fail)
bad.start()
bad.join()
print("main continues after", bad.name)
