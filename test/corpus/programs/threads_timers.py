# Reminders with threading.Timer: timers fire after their interval while the main thread sleeps
# or waits; a cancelled one never fires. Plus timeouts on Event, Condition and Lock.
import threading
import time

fired = []


def remind(what):
    fired.append((what, threading.current_thread() is not threading.main_thread()))


timers = {
    "stretch": threading.Timer(0.45, remind, ["stretch"]),
    "water": threading.Timer(0.1, remind, ["water"]),
    "email": threading.Timer(0.7, remind, args=["email"]),
    "meeting": threading.Timer(0.2, remind, kwargs={"what": "meeting"}),
}
for t in timers.values():
    t.start()
print(type(timers["water"]).__name__, timers["water"].interval, timers["water"].finished.is_set())

time.sleep(0.3)
print("after 0.3 s:", [w for w, _ in fired])
timers["email"].cancel()
for t in timers.values():
    t.join()
print("all:", fired)
print("cancelled email finished:", timers["email"].finished.is_set(), timers["email"].is_alive())

# A timeout that expires, then one that a timer's event beats.
ready = threading.Event()
print("nobody sets it:", ready.wait(0.1))
threading.Timer(0.1, ready.set).start()
print("timer sets it:", ready.wait(1.0))

# Condition.wait_for with a deadline: a producer timer adds items, the consumer wants three.
items = []
cond = threading.Condition()


def produce(n):
    with cond:
        items.append(n)
        cond.notify()


for i, delay in enumerate([0.1, 0.4, 0.8]):
    threading.Timer(delay, produce, [i]).start()
with cond:
    got = cond.wait_for(lambda: len(items) >= 2, timeout=0.6)
    print("two items within 0.6 s:", got, items)
    got = cond.wait_for(lambda: len(items) >= 5, timeout=0.6)
    print("five items within 0.6 more:", got, items)

# A lock held by a worker that sleeps: a short timeout fails, a long one succeeds.
lock = threading.Lock()


def hold():
    with lock:
        time.sleep(0.3)


h = threading.Thread(target=hold)
h.start()
print("acquire(timeout=0.1):", lock.acquire(timeout=0.1))
print("acquire(timeout=1):", lock.acquire(timeout=1))
lock.release()
h.join()
print("threads left:", threading.active_count())
