# `for x in iter(q.get, None)` in a thread: a get() that had to wait returns through the
# callable_iterator, which still compares the value with the sentinel (bug: a None that arrived
# while the consumer was blocked went into the loop body, and the thread then blocked for ever).
import threading, queue
q = queue.Queue()
seen = []
def consumer():
    for x in iter(q.get, None):
        seen.append(x)
    seen.append("done")
t = threading.Thread(target=consumer)
t.start()
q.put(None)
t.join()
print(seen)

q2 = queue.Queue()
seen2 = []
def c2():
    for x in iter(q2.get, None):
        seen2.append(x * 10)
ts = [threading.Thread(target=c2) for _ in range(3)]
for t in ts: t.start()
for i in range(5): q2.put(i)
for t in ts: q2.put(None)
for t in ts: t.join()
print(sorted(seen2))

q3 = queue.Queue()
got = []
def c3():
    for x in iter(q3.get, "stop"):
        got.append(x)
t = threading.Thread(target=c3)
t.start()
q3.put("a")
q3.put("stop")
q3.put("never")
t.join()
print(got, q3.qsize(), q3.get_nowait())
