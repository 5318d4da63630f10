/**
 * `concurrent.futures` (Lib/concurrent/futures/, 3.11–3.13), the thread half: `Future`,
 * `ThreadPoolExecutor` (`submit`, `map`, `shutdown`, the `with` form), `as_completed`, `wait` and
 * the `FIRST_COMPLETED`... constants, written in Python and run by the simulation on the first
 * import (sourceModule.ts). `ThreadPoolExecutor` is thread.py's pool on the threading module's
 * cooperative scheduler (threadScheduler.ts): `submit()` queues a work item and starts a worker
 * thread named as CPython names them (`ThreadPoolExecutor-0_N`) unless an idle one is counted or
 * `max_workers` run already; workers take the items in order, so at most `max_workers` tasks
 * sleep at once, and `result()`, `as_completed()`, `wait()`, `map(timeout=)` and `shutdown()`
 * wait on the simulated clock. A task's exception is kept in its future, not reported.
 * `as_completed()` yields the futures in the order given (CPython: the order of a set, which
 * scripts sort). Idle workers leave at the end of the script through `threading._register_atexit`
 * (thread.py's `_python_exit`). `ProcessPoolExecutor` is
 * not simulated.
 */
import type { PyUnicodeObject } from '../../../engine/objects/unicodeObject';
import type { Interp } from '../../runtime/interp';
import type { PyModuleObject } from '../../runtime/moduleObject';
import { UnsupportedError } from '../../runtime/pyError';
import { runSourceModule } from './sourceModule';
import { waitNatives } from '../threadingModule';
import type { PyObject } from '../../../engine/objects/object';

const SOURCE = String.raw`
import threading
from collections import namedtuple, deque as _deque

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING, _RUNNING, _CANCELLED, _FINISHED = 'PENDING', 'RUNNING', 'CANCELLED', 'FINISHED'


class Error(Exception):
    __module__ = 'concurrent.futures._base'


class CancelledError(Error):
    __module__ = 'concurrent.futures._base'


# 3.11+: the built-in TimeoutError.
TimeoutError = TimeoutError


class InvalidStateError(Error):
    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    __module__ = 'concurrent.futures._base'


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')
DoneAndNotDoneFutures.__module__ = 'concurrent.futures._base'


class Future:
    __module__ = 'concurrent.futures._base'

    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def __repr__(self):
        where = '<Future at %#x state=%s' % (id(self), self._state.lower())
        if self._state == _FINISHED:
            if self._exception is not None:
                return where + ' raised %s>' % type(self._exception).__name__
            return where + ' returned %s>' % type(self._result).__name__
        return where + '>'

    def cancel(self):
        if self._state in (_RUNNING, _FINISHED):
            return False
        if self._state == _PENDING:
            self._state = _CANCELLED
            self._call_back()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _FINISHED)

    def _check_finished(self, timeout):
        # A task that sleeps or waits finishes later: wait for it (on the simulated clock).
        if not self.done():
            _wait_until(self.done, 'Future.result()', timeout)
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._state != _FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        self._check_finished(timeout)
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        self._check_finished(timeout)
        return self._exception

    def add_done_callback(self, fn):
        if self.done():
            fn(self)
        else:
            self._done_callbacks.append(fn)

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            return False
        self._state = _RUNNING
        return True

    def set_result(self, result):
        if self._state in (_CANCELLED, _FINISHED):
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._result = result
        self._state = _FINISHED
        self._call_back()

    def set_exception(self, exception):
        if self._state in (_CANCELLED, _FINISHED):
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._exception = exception
        self._state = _FINISHED
        self._call_back()

    def _call_back(self):
        callbacks, self._done_callbacks = self._done_callbacks, []
        for fn in callbacks:
            fn(self)


class Executor:
    __module__ = 'concurrent.futures._base'

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + _clock()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        # Results in order; a result not there by the deadline raises TimeoutError and the calls
        # not yet started are cancelled.
        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    f = fs.pop()
                    try:
                        yield f.result(None if timeout is None else end_time - _clock())
                    finally:
                        f.cancel()
            finally:
                for f in fs:
                    f.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


_pools = 0


class ThreadPoolExecutor(Executor):
    # The pool as thread.py runs it: submit() queues a work item and starts a worker (named
    # PREFIX_N) unless one is idle or max_workers run already; a worker takes the items in order.
    # _idle counts thread.py's _idle_semaphore: 3.11 releases it after every item, 3.12+ when a
    # worker finds the queue empty.
    __module__ = 'concurrent.futures.thread'

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        global _pools
        if max_workers is None:
            max_workers = min(32, 4 + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._work_queue = _deque()
        self._idle = 0
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._thread_name_prefix = thread_name_prefix or 'ThreadPoolExecutor-%d' % _pools
        _pools += 1
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        if _shutting_down[0]:
            raise RuntimeError('cannot schedule new futures after interpreter shutdown')
        f = Future()
        self._work_queue.append((f, fn, args, kwargs))
        self._adjust_thread_count()
        return f

    def _adjust_thread_count(self):
        if self._idle > 0:
            # An idle worker takes the item when it next runs (CPython's main thread keeps the GIL).
            self._idle -= 1
            return
        n = len(self._threads)
        if n < self._max_workers:
            t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, n), target=self._worker)
            self._threads.add(t)
            t.start()

    def _worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException:
                self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
                while self._work_queue:
                    self._work_queue.popleft()[0].set_exception(BrokenThreadPool(self._broken))
                return
        q = self._work_queue
        while True:
            if not q:
                if _minor >= 12:
                    self._idle += 1
                if not (self._shutdown or _shutting_down[0]):
                    _wait_until(lambda: q or self._shutdown or _shutting_down[0], 'a pool worker waiting for work', None)
                if not q:
                    return
            f, fn, args, kwargs = q.popleft()
            self._run(f, fn, args, kwargs)
            del f, fn, args, kwargs
            if _minor < 12:
                self._idle += 1

    def _run(self, f, fn, args, kwargs):
        if not f.set_running_or_notify_cancel():
            return
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            f.set_exception(exc)
        else:
            f.set_result(result)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            while self._work_queue:
                self._work_queue.popleft()[0].cancel()
        if wait:
            for t in list(self._threads):
                t.join()


class BrokenThreadPool(BrokenExecutor):
    __module__ = 'concurrent.futures.thread'


# threading._register_atexit(_python_exit): at the end of the script the idle workers leave.
_shutting_down = [False]


def _python_exit():
    _shutting_down[0] = True


threading._register_atexit(_python_exit)


class ProcessPoolExecutor(Executor):
    __module__ = 'concurrent.futures.process'

    def __init__(self, *args, **kwargs):
        _unsupported('ProcessPoolExecutor (processes are not simulated)')


def as_completed(fs, timeout=None):
    # Finished futures in the order given, then each as it finishes (tasks that sleep or wait).
    pending = []
    for f in fs:
        if f not in pending:
            pending.append(f)
    total = len(pending)
    end = None if timeout is None else _clock() + timeout
    while pending:
        ready = [f for f in pending if f.done()]
        if not ready:
            left = None if end is None else max(0, end - _clock())
            if not _wait_until(lambda: any(f.done() for f in pending), 'as_completed()', left):
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            continue
        for f in ready:
            pending.remove(f)
            yield f


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)

    def over():
        if return_when == FIRST_COMPLETED:
            return any(f.done() for f in fs)
        if return_when == FIRST_EXCEPTION and any(f.done() and not f.cancelled() and f.exception() is not None for f in fs):
            return True
        return all(f.done() for f in fs)

    if fs and not over():
        _wait_until(over, 'concurrent.futures.wait()', timeout)
    done = set(f for f in fs if f.done())
    return DoneAndNotDoneFutures(done, fs - done)
`;

const PUBLIC = [
  'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError', 'InvalidStateError',
  'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ThreadPoolExecutor', 'ProcessPoolExecutor',
];

/** Creates `concurrent.futures` (on first import) and hangs it on the `concurrent` package. */
export function createConcurrentFutures(interp: Interp): PyModuleObject {
  const natives: Record<string, PyObject> = {
    _unsupported: interp.nativeFunction('_unsupported', (i, args) => {
      throw new UnsupportedError(`concurrent.futures: ${String((args[0] as PyUnicodeObject).value)}`, i.line);
    }),
  };
  for (const [name, impl] of Object.entries(waitNatives(interp))) natives[name] = interp.nativeFunction(name, impl);
  const m = runSourceModule(interp, { name: 'concurrent.futures', source: SOURCE, publicNames: PUBLIC, natives });
  const pkg = interp.importModule('concurrent') as PyModuleObject;
  interp.rt.heap.incref(m);
  pkg.dict.set('futures', m);
  interp.rt.heap.decref(pkg);
  return m;
}

/** The `concurrent` package: empty until `concurrent.futures` is imported. */
export function createConcurrent(interp: Interp): PyModuleObject {
  return interp.defineModule('concurrent', {}, {});
}
