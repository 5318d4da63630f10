# Producer/consumer threads where the consumer drains a queue through a generator:
# list(), sum(), max() and any() pull items while the generator waits on queue.get().
import queue
import threading
import time

q = queue.Queue()
DONE = object()

def producer(values, delay):
    for v in values:
        q.put(v)
        time.sleep(delay)
    q.put(DONE)

def drain():
    while True:
        item = q.get()
        if item is DONE:
            return
        yield item

results = {}

def run(name, consume, values):
    def consumer():
        results[name] = consume(drain())
    c = threading.Thread(target=consumer, name=name)
    p = threading.Thread(target=producer, args=(values, 0.01))
    c.start()
    p.start()
    p.join()
    c.join()
    print(name, results[name])

run("list", list, [1, 4, 9, 16])
run("tuple", tuple, ["a", "b"])
run("sum", sum, range(10))
run("max", max, [3, 7, 2])
run("min-key", lambda g: min(g, key=abs), [-5, 2, -1, 8])
run("all", all, [1, 2, 3])
run("squares", lambda g: list(x * x for x in g), [2, 3])
print(q.empty(), threading.active_count())
