# Ranking products in worker threads where the sort key looks up a price from a slow "service"
# (a sleep, and a lock shared by the workers): each thread waits inside sorted()/max()/reduce(),
# and the other threads run meanwhile, as in CPython.
import functools
import threading
import time

PRICES = {"apple": 3, "pear": 5, "plum": 2, "fig": 8, "kiwi": 4}
service = threading.Lock()
calls = []


def price(name):
    with service:
        calls.append(name)
    time.sleep(0.05)
    return PRICES[name]


def add_slowly(total, name):
    time.sleep(0.05)
    return total + price(name)


results = {}


def rank(shop, names):
    by_price = sorted(names, key=price)
    dearest = max(names, key=price)
    names_copy = list(names)
    names_copy.sort(key=price, reverse=True)
    total = functools.reduce(add_slowly, names, 0)
    results[shop] = (by_price, dearest, names_copy, total)


shops = {"north": ["apple", "fig", "plum"], "south": ["kiwi", "pear"]}
start = time.monotonic()
threads = [threading.Thread(target=rank, args=item, name=item[0]) for item in shops.items()]
for t in threads:
    t.start()
print("both started, alive:", [t.is_alive() for t in threads])
for t in threads:
    t.join()
elapsed = time.monotonic() - start
for shop in sorted(results):
    print(shop, results[shop])
print("price lookups:", len(calls), sorted(set(calls)))
# The threads' waits overlapped: less than the sum of every sleep (32 x 0.05 s).
print("overlapped:", elapsed < 32 * 0.05, "longest chain (north, 0.75 s) reached:", elapsed >= 0.75)

# A key that raises inside sorted() in a thread: the exception leaves sorted() as in CPython.
errors = []


def checked_sort(items):
    try:
        sorted(items, key=lambda n: PRICES[n])
    except KeyError as e:
        errors.append(repr(e))


t = threading.Thread(target=checked_sort, args=(["apple", "mango"],))
t.start()
t.join()
print("errors:", errors)
