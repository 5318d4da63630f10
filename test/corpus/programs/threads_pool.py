# A thread pool: map over inputs, submit with futures, collect as they complete, handle a failure.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait


def word_stats(word):
    return word, len(word), sum(ord(c) for c in word)


def risky(n):
    if n % 3 == 0:
        raise ValueError(f"{n} is divisible by 3")
    return n * 10


words = ["thread", "pool", "future", "executor", "lock"]
with ThreadPoolExecutor(max_workers=4) as pool:
    for word, length, total in pool.map(word_stats, words):
        print(f"{word:>9} {length} {total}")
    futures = {pool.submit(risky, n): n for n in range(1, 8)}
    ok, failed = [], []
    for fut in as_completed(futures):
        n = futures[fut]
        try:
            ok.append((n, fut.result()))
        except ValueError as e:
            failed.append(str(e))
    print("ok:", sorted(ok))
    print("failed:", sorted(failed))
    names = set(pool.map(lambda _: threading.current_thread().name.split("_")[0], range(5)))
    print("worker prefix:", names)
    done, not_done = wait(list(futures))
    print(len(done), len(not_done), all(f.done() for f in done))

total = 0
lock = threading.Lock()


def add(n):
    global total
    with lock:
        total += n
    return n


with ThreadPoolExecutor(thread_name_prefix="adder") as pool:
    results = list(pool.map(add, range(101)))
print("total:", total, "results:", len(results), results[-1])
try:
    pool.submit(add, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
