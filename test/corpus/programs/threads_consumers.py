# Worker threads started before there is any work: each blocks on q.get() until the main thread
# puts items, q.join() waits for every task_done(), then None sentinels stop the workers.
import queue
import sys
import threading

q = queue.Queue()
results = []
results_lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with results_lock:
            results.append(item * 2)
        q.task_done()


threads = [threading.Thread(target=worker, name=f"worker-{n}") for n in range(3)]
for t in threads:
    t.start()
print("alive before work:", [t.is_alive() for t in threads])
for i in range(10):
    q.put(i)
q.join()
print("results:", sorted(results))
print("unfinished:", q.unfinished_tasks, "qsize:", q.qsize())
for _ in threads:
    q.put(None)
for t in threads:
    t.join()
print("alive after join:", [t.is_alive() for t in threads], threading.active_count())

# The daemon pattern: workers that loop for ever; q.join() is the only wait, and the script ends
# with them still blocked in get() (CPython drops daemon threads at exit).
jobs = queue.Queue()
squares = {}


def square_worker():
    while True:
        n = jobs.get()
        squares[n] = n * n
        jobs.task_done()


for _ in range(4):
    threading.Thread(target=square_worker, daemon=True).start()
for n in range(20):
    jobs.put(n)
jobs.join()
print("squares:", len(squares), sum(squares.values()), squares[19])
print("daemon workers still alive:", threading.active_count() - 1)

# Results coming back through a second queue: the main thread blocks on get() until a worker answers.
requests = queue.Queue()
answers = queue.Queue()


def server():
    while True:
        req = requests.get()
        if req is None:
            break
        answers.put((req, len(req)))


srv = threading.Thread(target=server)
srv.start()
words = ["alpha", "be", "gamma"]
for w in words:
    requests.put(w)
replies = [answers.get() for _ in words]
requests.put(None)
srv.join()
print("replies:", sorted(replies))
print("sizes:", sys.getsizeof(results), sys.getsizeof(squares))
