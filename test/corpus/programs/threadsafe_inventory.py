# A class written to be thread-safe (a lock around every update), used from one thread:
# Lock and RLock as context managers, non-blocking and timed acquires, and their errors.
import sys
import threading


class Inventory:
    def __init__(self):
        self._lock = threading.Lock()
        self._audit = threading.RLock()
        self.stock = {}
        self.log = []

    def _record(self, event):
        with self._audit:          # re-entered from add/remove below
            self.log.append(event)

    def add(self, item, qty):
        with self._lock, self._audit:
            self.stock[item] = self.stock.get(item, 0) + qty
            self._record(("add", item, qty))

    def remove(self, item, qty):
        with self._lock:
            have = self.stock.get(item, 0)
            if qty > have:
                raise ValueError(f"only {have} {item} left")
            self.stock[item] = have - qty
            self._record(("remove", item, qty))


inv = Inventory()
inv.add("bolts", 40)
inv.add("nuts", 25)
inv.remove("bolts", 15)
try:
    inv.remove("nuts", 30)
except ValueError as e:
    print("refused:", e)
print(inv.stock, len(inv.log), inv.log[-1])
print("lock free again:", not inv._lock.locked())

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0))
lock.release()
for bad in (lambda: lock.release(), lambda: lock.acquire(False, 1)):
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False), r.release(), r.release(), r.release())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(repr(lock).split(" object")[0], repr(r).split(" owner")[0])
with r:
    print(repr(r).split(" owner")[0], "count=1" in repr(r))
print(sys.getsizeof(lock), sys.getsizeof(r), threading.active_count(), threading.get_ident() > 0)
