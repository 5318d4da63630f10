/**
 * The Python faces of asyncio.locks (states in locks.ts): `Lock`, `Event`, `Semaphore`,
 * `BoundedSemaphore` and `Condition`, with `async with` (`__aenter__` awaits `acquire()` and
 * gives None, `__aexit__` releases) and CPython's reprs, `<asyncio.locks.Lock object at 0x…
 * [locked, waiters:2]>`. They are Python classes in CPython; here native objects of types whose
 * module is asyncio.locks.
 */
import type { PyObject } from '../../../engine/objects/object';
import type { PyTypeObject } from '../../../engine/objects/typeObject';
import type { Interp } from '../../runtime/interp';
import type { NativeImpl } from '../../vm/callables';
import { asSize } from '../moduleArgs';
import { nativeType, newNativeObject, type PyNativeObject } from '../nativeObject';
import { bindArgs } from '../pyArgs';
import type { Aio } from './aio';
import { ConditionCore, EventCore, LockCore, SemaphoreCore } from './locks';
import { immediately, newNativeCoro, type Body } from './nativeCoro';

type Core = EventCore | LockCore | SemaphoreCore | ConditionCore;

/** A Python class instance of asyncio.locks without its `__dict__` (48 bytes with the GC head). */
const INSTANCE_SIZE = 48;

function extra(c: Core): string {
  let s: string;
  if (c instanceof EventCore) s = c.value ? 'set' : 'unset';
  else if (c instanceof LockCore) s = c.locked ? 'locked' : 'unlocked';
  else if (c instanceof SemaphoreCore) s = c.locked ? 'locked' : `unlocked, value:${c.value}`;
  else s = c.lock.locked ? 'locked' : 'unlocked';
  return c.waiters.length ? `${s}, waiters:${c.waiters.length}` : s;
}

/** Installs the five types; returns them by name for the module. */
export function installSyncTypes(aio: Aio): Record<string, PyObject> {
  const i0 = aio.interp;
  const rt = i0.rt;
  const type = (name: string, base: PyTypeObject | null = null): PyTypeObject => {
    const t = nativeType(i0, `asyncio.locks.${name}`, INSTANCE_SIZE);
    if (base) t.base = base;
    return t;
  };
  const lockT = type('Lock');
  const eventT = type('Event');
  const semT = type('Semaphore');
  const boundedT = type('BoundedSemaphore', semT);
  const condT = type('Condition');
  const cores = new WeakMap<PyObject, Core>();
  const make = (t: PyTypeObject, c: Core, refs: PyObject[] = []): PyNativeObject => {
    const o = newNativeObject(i0, t, refs);
    cores.set(o, c);
    o.repr = () => `<asyncio.locks.${t.name} object at 0x${o.id.toString(16)} [${extra(c)}]>`;
    return o;
  };
  const coreOf = <C extends Core>(i: Interp, o: PyObject | undefined, k: abstract new (...a: never[]) => C): C => {
    const c = o ? cores.get(o) : undefined;
    if (!(c instanceof k)) return i.typeError(`descriptor requires an asyncio.locks object`);
    return c;
  };
  const coro = (i: Interp, self: PyObject, name: string, body: Body): PyObject => newNativeCoro(i, aio.coroType, name, body, [self]);
  const none = (i: Interp, f: () => void): PyObject => {
    f();
    return i.none();
  };
  // `async with`: __aenter__ awaits acquire() and returns None.
  function* enter(acquire: Body): Body {
    rt.heap.decref(yield* acquire);
    return i0.none();
  }
  const lockOf = (i: Interp, o: PyObject | undefined): LockCore => {
    const c = o ? cores.get(o) : undefined;
    if (c instanceof ConditionCore) return c.lock;
    return coreOf(i, o, LockCore);
  };
  const semOf = (i: Interp, o: PyObject | undefined): SemaphoreCore => coreOf(i, o, SemaphoreCore);
  const lockish: Record<string, NativeImpl> = {
    acquire: (i, a) => coro(i, a[0] as PyObject, `${a[0]?.type.name}.acquire`, lockOf(i, a[0]).acquire()),
    release: (i, a) => none(i, () => lockOf(i, a[0]).release()),
    locked: (i, a) => i.bool(lockOf(i, a[0]).locked),
    __aenter__: (i, a) => coro(i, a[0] as PyObject, `${a[0]?.type.name}.__aenter__`, enter(lockOf(i, a[0]).acquire())),
    __aexit__: (i, a) => coro(i, a[0] as PyObject, `${a[0]?.type.name}.__aexit__`, immediately(() => {
      lockOf(i, a[0]).release();
      return i.none();
    })),
  };
  const semaphore: Record<string, NativeImpl> = {
    acquire: (i, a) => coro(i, a[0] as PyObject, 'Semaphore.acquire', semOf(i, a[0]).acquire()),
    release: (i, a) => none(i, () => semOf(i, a[0]).release()),
    locked: (i, a) => i.bool(semOf(i, a[0]).locked),
    __aenter__: (i, a) => coro(i, a[0] as PyObject, 'Semaphore.__aenter__', enter(semOf(i, a[0]).acquire())),
    __aexit__: (i, a) => coro(i, a[0] as PyObject, 'Semaphore.__aexit__', immediately(() => {
      semOf(i, a[0]).release();
      return i.none();
    })),
  };
  const event: Record<string, NativeImpl> = {
    is_set: (i, a) => i.bool(coreOf(i, a[0], EventCore).value),
    set: (i, a) => none(i, () => coreOf(i, a[0], EventCore).set()),
    clear: (i, a) => none(i, () => { coreOf(i, a[0], EventCore).value = false; }),
    wait: (i, a) => coro(i, a[0] as PyObject, 'Event.wait', coreOf(i, a[0], EventCore).wait()),
  };
  const condOf = (i: Interp, o: PyObject | undefined): ConditionCore => coreOf(i, o, ConditionCore);
  const condition: Record<string, NativeImpl> = {
    ...lockish,
    wait: (i, a) => coro(i, a[0] as PyObject, 'Condition.wait', condOf(i, a[0]).wait()),
    // The coroutine owns the predicate (often a temporary lambda) until it is done.
    wait_for: (i, a) => newNativeCoro(i, aio.coroType, 'Condition.wait_for', condOf(i, a[0]).waitFor(a[1] as PyObject), [a[0] as PyObject, a[1] as PyObject]),
    notify: (i, a, kw) => {
      const [n] = bindArgs(i, { qualname: 'notify', params: ['n'], required: 0 }, a.slice(1), kw);
      return none(i, () => condOf(i, a[0]).notify(n ? asSize(i, n) : 1));
    },
    notify_all: (i, a) => none(i, () => condOf(i, a[0]).notify(condOf(i, a[0]).waiters.length)),
  };
  for (const [t, table] of [[lockT, lockish], [eventT, event], [semT, semaphore], [condT, condition]] as const) {
    for (const [m, impl] of Object.entries(table)) i0.methods.define(t, m, impl);
  }
  const constructors: [PyTypeObject, NativeImpl][] = [
    [lockT, (i, a, kw) => {
      bindArgs(i, { qualname: 'Lock', params: [], required: 0 }, a, kw);
      return make(lockT, new LockCore(aio));
    }],
    [eventT, (i, a, kw) => {
      bindArgs(i, { qualname: 'Event', params: [], required: 0 }, a, kw);
      return make(eventT, new EventCore(aio));
    }],
    ...([[semT, null], [boundedT, 'bounded']] as const).map(([t, bounded]): [PyTypeObject, NativeImpl] => [t, (i, a, kw) => {
      const [v] = bindArgs(i, { qualname: t.name, params: ['value'], required: 0 }, a, kw);
      const value = v ? asSize(i, v) : 1;
      if (value < 0) i.raise('ValueError', 'Semaphore initial value must be >= 0');
      return make(t, new SemaphoreCore(aio, value, bounded ? value : null));
    }]),
    [condT, (i, a, kw) => {
      const [lock] = bindArgs(i, { qualname: 'Condition', params: ['lock'], required: 0 }, a, kw);
      if (lock && lock !== rt.None) {
        const c = coreOf(i, lock, LockCore);
        rt.heap.incref(lock);
        return make(condT, new ConditionCore(aio, c), [lock]);
      }
      const inner = make(lockT, new LockCore(aio));
      return make(condT, new ConditionCore(aio, cores.get(inner) as LockCore), [inner]);
    }],
  ];
  const values: Record<string, PyObject> = {};
  for (const [t, impl] of constructors) {
    i0.typeCalls.set(t, (i, _t, args, kw) => impl(i, args, kw));
    values[t.name] = t;
  }
  return values;
}
