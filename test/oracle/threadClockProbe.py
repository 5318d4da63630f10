# The simulated clock of threadScheduler.ts against CPython: sleeps in threads end in the order of
# their lengths (spaced 0.1 s apart so CPython is deterministic), the main thread's sleeps and
# timed waits let the threads due by then run, a Timer fires after its interval, a Barrier hands
# out arrival indexes. Run: PYENV_VERSION=3.12.1 python3 test/oracle/threadClockProbe.py
import threading
import time

order = []


def nap(name, secs):
    time.sleep(secs)
    order.append(name)


ts = [threading.Thread(target=nap, args=(n, s)) for n, s in [("a", 0.3), ("b", 0.1), ("c", 0.2)]]
t0 = time.monotonic()
for t in ts:
    t.start()
time.sleep(0.15)
print(order, [t.is_alive() for t in ts])
for t in ts:
    t.join()
print(order, time.monotonic() - t0 >= 0.3)

log = []
tm = threading.Timer(0.2, log.append, ["timer"])
tm.start()
time.sleep(0.1)
log.append("main 0.1")
print(threading.Event().wait(0.2), log)
tm.join()

b = threading.Barrier(3)
got = []


def arrive(i):
    time.sleep(0.1 * (i + 1))
    got.append((i, b.wait()))


ws = [threading.Thread(target=arrive, args=(i,)) for i in range(2)]
for w in ws:
    w.start()
time.sleep(0.05)
print(b.n_waiting, b.parties)
time.sleep(0.1)
print(b.n_waiting)
got.append(("main", b.wait()))
for w in ws:
    w.join()
print(sorted(got, key=str), b.n_waiting, b.broken)
b.abort()
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print(repr(e), b.broken)
