# A consumer thread whose items come from Python code that blocks on a queue, a lock or
# time.sleep(), while a producer thread feeds it: the blocking call sits under a native
# consumer (map/filter/set/dict/str.join/sorted/list.extend/enumerate/zip), under a class's
# __next__, or in a for loop over such an iterator. The queue orders everything, so the output
# does not depend on how the OS schedules the threads (each check has a queue of its own).
import queue
import threading
import time

q = queue.Queue()
END = object()

def feed(values):
    for v in values:
        time.sleep(0.005)
        q.put(v)
    q.put(END)

def items():
    while (v := q.get()) is not END:
        yield v

class Items:
    """An iterator class whose __next__ waits for the producer."""
    def __init__(self):
        self.seen = 0
    def __iter__(self):
        return self
    def __next__(self):
        v = q.get()
        if v is END:
            raise StopIteration
        self.seen += 1
        return v

def take(_):
    v = q.get()
    return v

def check(label, consume, values):
    global q
    q = queue.Queue()
    box = []
    def consumer():
        try:
            box.append(consume())
        except Exception as e:
            box.append(f"{type(e).__name__}: {e}")
    c = threading.Thread(target=consumer, name=label)
    p = threading.Thread(target=feed, args=(values,))
    c.start()
    p.start()
    p.join()
    c.join()
    print(f"{label:12} {box[0]!r}")

check("map", lambda: list(map(lambda x: x * take(x), [1, 2, 3])), [5, 6, 7, 0])
check("filter", lambda: list(filter(take, "abcd")), [1, 0, 1, 1, 0])
check("map-sum", lambda: sum(map(take, range(3))), [10, 20, 30, 0])
check("set", lambda: sorted(set(items())), [3, 1, 3, 2])
check("frozenset", lambda: len(frozenset(items())), ["x", "y", "x"])
check("dict", lambda: dict((k, k * 2) for k in items()), [1, 2, 1])
check("dict-zip", lambda: dict(zip(Items(), "abc")), [7, 8, 9])
check("join", lambda: "-".join(items()), ["a", "b", "c"])
check("join-class", lambda: "".join(Items()), ["x", "y"])
check("sorted", lambda: sorted(items(), reverse=True), [2, 9, 4])
check("enumerate", lambda: list(enumerate(items(), 1)), ["p", "q"])
check("zip", lambda: list(zip("uvw", items())), [1, 2])
check("for-class", lambda: [v * 10 for v in Items()], [1, 2, 3])
check("list-class", lambda: list(Items()), [4, 5])
check("sum-class", lambda: sum(Items()), [4, 5, 6])
check("tuple-map", lambda: tuple(map(str, Items())), [8, 9])

def extend_both():
    out = [0]
    out.extend(map(take, "ab"))
    out.extend(items())
    return out

check("extend", extend_both, [1, 2, 3, 4])

def for_map():
    out = []
    for i, v in enumerate(map(take, "ab")):
        out.append((i, v))
    return out

check("for-map", for_map, [10, 20, 0])

def sort_key():
    xs = ["b", "a", "c"]
    xs.sort(key=lambda s: take(s))
    return xs

check("sort-key", sort_key, [2, 3, 1, 0])

class Failing(Items):
    def __next__(self):
        v = super().__next__()
        if v < 0:
            raise ValueError(f"negative {v}")
        return v

check("raises", lambda: list(Failing()), [1, -2, 0])
check("raises-map", lambda: list(map(lambda x: 1 // take(x), [1, 2])), [1, 0, 0])

# A lock another thread holds, then time.sleep(), inside map's function.
lock = threading.Lock()
held = threading.Event()
order = []

def locked(x):
    with lock:
        order.append(x)
    return x * x

def holder():
    with lock:
        held.set()
        time.sleep(0.05)
        order.append("released")

def napping(x):
    time.sleep(0.05 * x)
    order.append(x)
    return -x

def waiter():
    held.wait()
    order.append(list(map(locked, [1, 2])))
    order.append(list(map(napping, [1, 2])))

def middle():
    time.sleep(0.15)
    order.append("middle")

threads = [threading.Thread(target=holder), threading.Thread(target=waiter), threading.Thread(target=middle)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(order)
print(threading.active_count())
