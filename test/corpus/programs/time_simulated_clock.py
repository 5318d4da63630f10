# time on the simulated clock: differences, not absolute values, are what a script can rely on.
import time

t0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.25)
t1 = time.perf_counter()
print(t1 >= t0 + 0.25, time.monotonic() - m0 >= 0.25)
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.time() > 1e9)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
