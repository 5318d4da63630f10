"""The blocks tracemalloc sees for a new `threading.Lock()` / `threading.RLock()`: the object (with
its GC head) and the lock's `sem_t`, which `PyThread_allocate_lock` takes from `PyMem_RawMalloc`
(32 bytes on x86-64 Linux), freed with the object.

usage: PYENV_VERSION=3.12.1 python3 test/oracle/threadLockBlocks.py
Measured (3.11.7, 3.12.1, 3.13.0 alike): lock [32, 56] 0 / rlock [32, 64] 0
(sizes of the blocks, then the bytes still traced on that line after `del`).
"""
import threading
import tracemalloc


def on_line(trace):
    """Whether the innermost frame of this file in the trace is the `make()` line."""
    mine = [f for f in trace.traceback if f.filename == __file__]
    return bool(mine) and mine[-1].lineno == LINE


def blocks(make):
    tracemalloc.start(16)
    obj = make()
    sizes = sorted(t.size for t in tracemalloc.take_snapshot().traces if on_line(t))
    del obj
    left = sum(t.size for t in tracemalloc.take_snapshot().traces if on_line(t))
    tracemalloc.stop()
    return sizes, left


LINE = blocks.__code__.co_firstlineno + 2
threading.Lock(), threading.RLock()  # warm up (first call's interned names)
print("lock", *blocks(threading.Lock), "/ rlock", *blocks(threading.RLock))
