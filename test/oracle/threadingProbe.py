"""threading facts the unit tests pin (src/interpreter/modules/threadingModule.test.ts): run with
PYENV_VERSION=3.11.7 / 3.12.1 / 3.13.0 python3 test/oracle/threadingProbe.py."""
import sys
import threading

t = threading.Thread(target=print, name=None)
print(t, sys.getsizeof(t), len(vars(t)), t.daemon, t.is_alive(), t.ident)
t2 = threading.Thread(target=lambda: None, daemon=True)
print(t2.name, t2.daemon)
try:
    t.join()
except RuntimeError as e:
    print(e)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print(e)
print(threading.current_thread().name, threading.active_count())
names = []
w = threading.Thread(target=lambda: names.append((threading.current_thread().name, threading.get_ident() != threading.main_thread().ident)), name="w1")
w.start()
print(names, repr(w).startswith("<Thread(w1, stopped "))
e = threading.Event()
print(e.is_set(), e.wait(0), repr(e).endswith(": unset>"))
c = threading.Condition(threading.Lock())
try:
    c.notify()
except RuntimeError as x:
    print(x)
s = threading.Semaphore(1)
print(s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0))
