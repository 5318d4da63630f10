# A daemon worker parked on q.get() before any item exists; q.join() lets it run (CPython 3.11.7/3.12.1/3.13.0 print the same line every run).
import queue, threading
q = queue.Queue()
log = []
def w():
    log.append(("start", threading.current_thread().name))
    while True:
        x = q.get()
        log.append(x)
        q.task_done()
t = threading.Thread(target=w, name="W", daemon=True)
t.start()
q.put(1)
q.put(2)
q.join()
print(log, threading.current_thread().name, t.is_alive())
