/**
 * The Python half of `threading` (threadingModule.ts has the design and the native half: locks,
 * the running thread, `_wait_until`). Written for the simulation's cooperative scheduler
 * (threadScheduler.ts): a thread's `run()` is called from `start()` on the same eval loop; a wait
 * for another thread is `_wait_until(predicate, what, timeout)` or a lock's acquire, which park
 * the thread (its frames from `_bootstrap` up) until the wait can end.
 * The instances keep the attribute names CPython's Thread keeps in its `__dict__` (13 on 3.11 and
 * 3.12, 12 on 3.13) so the dict is the size CPython's is.
 */
import { THREADING_SYNC_SOURCE } from './threadingSyncSource';

/** The module's source: the helpers, the synchronisation classes (threadingSyncSource.ts), then Thread, Timer and the module functions. */
export const THREADING_SOURCE = String.raw`
import sys
from collections import deque as _deque

_counter = 0
_next_ident = _main_ident
_next_native = 4242
_active = {}
_main = None


def _new_name(target):
    global _counter
    _counter += 1
    name = 'Thread-%d' % _counter
    if target is not None:
        try:
            name += ' (%s)' % target.__name__
        except AttributeError:
            pass
    return name


def _owned(lock):
    # A Lock has no owner: held is taken as held by us (what a Condition over it assumes).
    if hasattr(lock, '_is_owned'):
        return lock._is_owned()
    if lock.acquire(False):
        lock.release()
        return False
    return True


` + THREADING_SYNC_SOURCE + String.raw`class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        self._target = target
        self._name = str(name) if name is not None else _new_name(target)
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = daemon if daemon is not None else current_thread().daemon
        self._ident = None
        self._native_id = None
        if _minor >= 13:
            self._handle = None
        else:
            self._tstate_lock = None
        self._started = Event()
        if _minor < 13:
            self._is_stopped = False
        self._initialized = True
        self._stderr = sys.stderr
        self._invoke_excepthook = _invoke_excepthook

    def __repr__(self):
        status = 'initial'
        if self._started.is_set():
            status = 'started' if self.is_alive() else 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (type(self).__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('threads can only be started once')
        self._begin()
        self._bootstrap()

    def _begin(self):
        global _next_ident, _next_native
        _next_ident -= 8392704
        _next_native += 1
        self._ident = _next_ident
        self._native_id = _next_native
        self._started.set()
        _active[self._ident] = self

    def _bootstrap(self):
        _enter(self, self._ident, self._name, self._daemonic)
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            self._invoke_excepthook(self, exc)
        finally:
            self._finish()
            _leave()

    def _finish(self):
        if _minor < 13:
            self._is_stopped = True
        _active.pop(self._ident, None)

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if self.is_alive():
            _wait_until(lambda: not self.is_alive(), 'Thread.join() of %s' % self._name, timeout)

    def is_alive(self):
        return self._started.is_set() and self._ident in _active

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        return self._daemonic

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self._name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        # Waits out the interval on the simulated clock unless cancel() comes first.
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started.set()
        self._ident = _main_ident
        self._native_id = 4242
        _active[self._ident] = self


class _DummyDaemon:
    daemon = False


def _report(thread, exc):
    import traceback
    out = thread._stderr
    out.write('Exception in thread %s:\n' % thread._name)
    entries = traceback.format_exception(exc)
    keep = [e for e in entries[1:] if not e.startswith('  File "<threading>"')]
    lines = {11: (1045, 982), 12: (1073, 1010), 13: (1041, 992)}[_minor]
    where = '  File "/usr/lib/python3.%d/threading.py", line %%d, in %%s\n' % _minor
    inner = [where % (lines[0], '_bootstrap_inner') + '    self.run()\n' + ('    ~~~~~~~~^^\n' if _minor >= 13 else '')]
    if type(thread).run is Thread.run or type(thread).run is Timer.run:
        inner.append(where % (lines[1], 'run') + '    self._target(*self._args, **self._kwargs)\n' + ('    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n' if _minor >= 13 else ''))
    out.write(''.join(entries[:1] + inner + keep))


class _ExceptHookArgs(tuple):
    __module__ = '_thread'
    __slots__ = ()
    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    if args.exc_type is SystemExit:
        return
    _report(args.thread, args.exc_value)


__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    # The hook a script installs is the module's attribute (threading.excepthook = hook).
    hook = getattr(sys.modules['threading'], 'excepthook', None)
    if hook is None:
        hook = excepthook
    try:
        hook(_ExceptHookArgs((type(exc), exc, exc.__traceback__, thread)))
    except Exception as broken:
        broken.__suppress_context__ = True
        _report_broken_hook(broken)


def _report_broken_hook(exc):
    # invoke_excepthook's fallback: sys.excepthook on the hook's own error, from its frame.
    import traceback
    entries = traceback.format_exception(exc)
    keep = [e for e in entries[1:] if not e.startswith('  File "<threading>"')]
    line = {11: 1349, 12: 1379, 13: 1290}[_minor]
    frame = '  File "/usr/lib/python3.%d/threading.py", line %d, in invoke_excepthook\n    hook(args)\n' % (_minor, line)
    if _minor >= 13:
        frame += '    ~~~~^^^^^^\n'
    sys.stderr.write('Exception in threading.excepthook:\n' + ''.join(entries[:1] + [frame] + keep))


def current_thread():
    t = _cur()
    if t is not None:
        return t
    return _main if _main is not None else _DummyDaemon()


currentThread = current_thread


def main_thread():
    return _main


def active_count():
    return len(_active)


activeCount = active_count


def enumerate():
    return list(_active.values())


def get_native_id():
    return current_thread().native_id


class _local:
    # _thread._local in CPython: one attribute dict per thread, the one of get_ident().
    def __init__(self, *args, **kw):
        if (args or kw) and type(self).__init__ is _local.__init__:
            raise TypeError('Initialization arguments are not supported')
        object.__setattr__(self, '_local__dicts', {})

    def _local__here(self):
        dicts = object.__getattribute__(self, '_local__dicts')
        ident = get_ident()
        d = dicts.get(ident)
        if d is None:
            d = dicts[ident] = {}
        return d

    def __getattr__(self, name):
        # Values live only in the per-thread dicts, so ordinary lookup misses and lands here.
        d = _local._local__here(self)
        if name in d:
            return d[name]
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def __setattr__(self, name, value):
        _local._local__here(self)[name] = value

    def __delattr__(self, name):
        d = _local._local__here(self)
        if name not in d:
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))
        del d[name]


_local.__module__ = '_thread'
local = _local
_main = _MainThread()
_set_bootstrap(Thread._bootstrap)
_shutdown_hook()
`;
