/**
 * `concurrent.futures` (Lib/concurrent/futures/, 3.11–3.13), the thread half: `Future`,
 * `ThreadPoolExecutor` (`submit`, `map`, `shutdown`, the `with` form), `as_completed`, `wait` and
 * the `FIRST_COMPLETED`... constants, written in Python and run by the simulation on the first
 * import (sourceModule.ts). On the threading module's cooperative scheduler (threadingModule.ts) a
 * task runs in a worker thread at `submit()`, to its end unless it sleeps or waits (then
 * `result()`, `as_completed()`, `wait()` and `shutdown()` wait for it on the simulated clock): the worker is a `threading.Thread` named
 * as CPython names the pool's (`ThreadPoolExecutor-0_0`), so `current_thread().name` inside the
 * task reads the same, and the task's exception is kept in its future, not reported. `map()`
 * submits every call first, then yields the results in order; `as_completed()` yields the futures
 * in the order given (CPython: the order of a set, which scripts sort). `ProcessPoolExecutor` is
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
from collections import namedtuple

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
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            for f in futures:
                yield f.result()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


_pools = 0


class ThreadPoolExecutor(Executor):
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
        self._threads = set()
        self._shutdown = False
        self._thread_name_prefix = thread_name_prefix or 'ThreadPoolExecutor-%d' % _pools
        _pools += 1
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = Future()
        # The task runs at once in the pool's first worker (every earlier task has finished).
        worker = threading.Thread(name='%s_%d' % (self._thread_name_prefix, 0), target=self._work, args=(f, fn, args, kwargs))
        worker.start()
        self._threads.add(worker)
        return f

    def _work(self, f, fn, args, kwargs):
        if self._initializer is not None and not self._threads:
            self._initializer(*self._initargs)
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
        if wait:
            for t in list(self._threads):
                t.join()


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
