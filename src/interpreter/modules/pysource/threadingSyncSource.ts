/**
 * The synchronisation classes of `threading`'s Python half (threadingSource.ts splices this text
 * in after its helpers `_owned` and `_wait_until`'s callers need): Condition, Semaphore,
 * BoundedSemaphore, Event, BrokenBarrierError and Barrier. Each wait is `_wait_until(predicate,
 * what, timeout)` or a lock's acquire, which parks the thread in the cooperative scheduler
 * (threadScheduler.ts) until the wait can end.
 */
export const THREADING_SYNC_SOURCE = String.raw`class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    def wait(self, timeout=None):
        if not _owned(self._lock):
            raise RuntimeError('cannot wait on un-acquired lock')
        # A waiter is a one-item list notify() sets (CPython's is a lock it releases).
        waiter = [False]
        self._waiters.append(waiter)
        lock = self._lock
        saved = lock._release_save() if hasattr(lock, '_release_save') else lock.release()
        try:
            return _wait_until(lambda: waiter[0], 'Condition.wait()', timeout)
        finally:
            if saved is None:
                lock.acquire()
            else:
                lock._acquire_restore(saved)
            if not waiter[0]:
                self._waiters.remove(waiter)

    def wait_for(self, predicate, timeout=None):
        # The time left is measured on the scheduler's clock (_clock()).
        end = None if timeout is None else _clock() + timeout
        result = predicate()
        while not result:
            if end is not None:
                left = end - _clock()
                if left <= 0:
                    break
                self.wait(left)
            else:
                self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not _owned(self._lock):
            raise RuntimeError('cannot notify on un-acquired lock')
        while self._waiters and n > 0:
            self._waiters.popleft()[0] = True
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return '<%s.%s at %#x: value=%d>' % (type(self).__module__, type(self).__qualname__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value == 0 and blocking:
            _wait_until(lambda: self._value > 0, 'Semaphore.acquire()', timeout)
        if self._value > 0:
            self._value -= 1
            return True
        return False

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return '<%s.%s at %#x: value=%d/%d>' % (type(self).__module__, type(self).__qualname__, id(self), self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return '<%s.%s at %#x: %s>' % (type(self).__module__, type(self).__qualname__, id(self), 'set' if self._flag else 'unset')

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if not self._flag:
            _wait_until(self.is_set, 'Event.wait()', timeout)
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    # _phase: 0 filling (threads arriving), 1 draining (released, leaving wait()), -1 resetting
    # (reset() while threads wait: they leave with BrokenBarrierError), -2 broken.
    def __init__(self, parties, action=None, timeout=None):
        if _minor >= 13 and parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._phase = 0
        self._count = 0

    def __repr__(self):
        where = '<%s.%s at %#x: ' % (type(self).__module__, type(self).__qualname__, id(self))
        if self.broken:
            return where + 'broken>'
        return where + 'waiters=%d/%d>' % (self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Threads still leaving the previous round (or a reset) go first.
            self._cond.wait_for(lambda: self._phase not in (1, -1))
            if self._phase < 0:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if self._count == self._parties:
                    self._trip()
                else:
                    if not self._cond.wait_for(lambda: self._phase != 0, timeout):
                        self._break()
                        raise BrokenBarrierError
                    if self._phase < 0:
                        raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._phase in (1, -1):
                    self._phase = 0
                    self._cond.notify_all()

    def _trip(self):
        try:
            if self._action is not None:
                self._action()
        except BaseException:
            self._break()
            raise
        self._phase = 1
        self._cond.notify_all()

    def _break(self):
        self._phase = -2
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._phase in (0, -2):
                    self._phase = -1
            else:
                self._phase = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._phase == 0 else 0

    @property
    def broken(self):
        return self._phase == -2


`;
