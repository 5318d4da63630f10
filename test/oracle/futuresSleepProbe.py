# concurrent.futures tasks that sleep (threadScheduler.ts's simulated clock): map keeps order, as_completed
# yields as tasks finish, wait(FIRST_COMPLETED), result(timeout=) times out. Run: PYENV_VERSION=3.12.1 python3 test/oracle/futuresSleepProbe.py
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
def task(n):
    time.sleep(0.1 * n)
    return n * n
with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(task, [3, 1, 2])))
    fs = [ex.submit(task, n) for n in (4, 2, 6)]
    print([f.result() for f in as_completed(fs)])
    fs = [ex.submit(task, n) for n in (5, 2)]
    d, nd = wait(fs, return_when=FIRST_COMPLETED)
    print(sorted(f.result() for f in d), len(nd))
    slow = ex.submit(task, 9)
    try:
        slow.result(timeout=0.2)
    except TimeoutError as e:
        print(type(e).__name__)
print(slow.done(), slow.result())
