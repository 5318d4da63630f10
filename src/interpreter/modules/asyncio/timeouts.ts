/**
 * `asyncio.timeout()` / `timeout_at()` (3.11+) and the timeout scope `wait_for` uses on 3.12+.
 * Observed facts (CPython 3.11–3.13): entering records the task's `cancelling()` count and
 * schedules a cancellation of the task at the deadline (`call_soon` when the deadline has passed
 * already, so `timeout(0)` lets the body run to its first suspension); on exit an expired scope
 * uncancels the task, and when that brings the count back to what it was and the body ended with
 * CancelledError, raises `TimeoutError` from it. `reschedule()` moves the deadline of an entered
 * scope; `when()` is in `loop.time()` seconds.
 */
import type { PyBaseExceptionObject } from '../../../engine/objects/exceptionObject';
import { newFloat } from '../../../engine/objects/floatObject';
import type { PyObject } from '../../../engine/objects/object';
import type { Interp } from '../../runtime/interp';
import { PyError } from '../../runtime/pyError';
import type { NativeImpl } from '../../vm/callables';
import { asDouble } from '../moduleArgs';
import { nativeType, newNativeObject } from '../nativeObject';
import { bindArgs } from '../pyArgs';
import { type Aio, runningLoop } from './aio';
import type { EventLoop, Handle } from './eventLoop';
import { immediately, newNativeCoro, type Body } from './nativeCoro';
import type { TaskCore } from './taskCore';

/** `TimeoutError()` raised from `cause` (`raise TimeoutError from exc`; cause borrowed). */
export function timeoutError(aio: Aio, cause: PyBaseExceptionObject | null): PyError {
  const e = aio.interp.newError('TimeoutError');
  if (cause) {
    aio.interp.rt.heap.incref(cause);
    aio.interp.rt.heap.incref(cause);
    e.cause = cause;
    e.context = cause;
    e.suppressContext = true;
  }
  return new PyError(e);
}

type State = 'created' | 'active' | 'expiring' | 'expired' | 'finished';

/**
 * A timeout scope: made with a deadline (nanoseconds of the loop's clock, null for none), then
 * entered once. Deadlines stay integers so a timeout and a sleep of the same delay tie exactly.
 */
export class TimeoutScope {
  state: State = 'created';
  private task: TaskCore | null = null;
  private cancelling = 0;
  private handle: Handle | null = null;

  constructor(readonly aio: Aio, readonly loop: EventLoop, public whenNs: bigint | null) {}

  /** `when()`: the deadline in `loop.time()` seconds. */
  get when(): number | null {
    return this.whenNs === null ? null : Number(this.whenNs) / 1e9;
  }

  enter(): void {
    const task = this.loop.current as TaskCore | null;
    if (!task) this.aio.interp.raise('RuntimeError', 'Timeout should be used inside a task');
    this.state = 'active';
    this.task = task;
    this.cancelling = task.numCancels;
    this.reschedule(this.whenNs);
  }

  reschedule(when: bigint | null): void {
    if (this.state !== 'active') this.aio.interp.raise('RuntimeError', `Cannot change state of ${this.state} Timeout`);
    this.whenNs = when;
    if (this.handle) this.handle.cancelled = true;
    this.handle = null;
    if (when === null) return;
    const fire = (): void => {
      (this.task as TaskCore).cancelTask(null);
      this.state = 'expiring';
      this.handle = null;
    };
    this.handle = when <= this.loop.nowNs() ? this.loop.callSoon(fire) : this.loop.callAt(when, fire);
  }

  get expired(): boolean {
    return this.state === 'expiring' || this.state === 'expired';
  }

  /** `__aexit__` with the exception the body ended with (or null): raises TimeoutError when it expired. */
  exit(exc: PyBaseExceptionObject | null): void {
    if (this.handle) this.handle.cancelled = true;
    this.handle = null;
    if (this.state === 'expiring') {
      this.state = 'expired';
      const task = this.task as TaskCore;
      if (task.uncancel() <= this.cancelling && exc && exc.type.isSubtypeOf(this.aio.errors.cancelledType)) throw timeoutError(this.aio, exc);
    } else if (this.state === 'active') {
      this.state = 'finished';
    }
  }
}

/** The deadline `secs` from now; null (never) for an infinite or NaN delay, which CPython's timer heap never reaches. */
function deadline(loop: EventLoop, secs: number): bigint | null {
  const ns = Math.round(secs * 1e9);
  return Number.isFinite(ns) ? loop.nowNs() + BigInt(ns) : null;
}

/** Runs `inner` inside a timeout scope of `secs` seconds from now (null: none), as wait_for does on 3.12+. */
export function* underTimeout(aio: Aio, loop: EventLoop, inner: Body, secs: number | null): Body {
  const scope = new TimeoutScope(aio, loop, secs === null ? null : deadline(loop, secs));
  scope.enter();
  let r: PyObject;
  try {
    r = yield* inner;
  } catch (e) {
    if (e instanceof PyError) {
      try {
        scope.exit(e.exc);
      } catch (t) {
        aio.interp.rt.heap.decref(e.exc);
        throw t;
      }
    }
    throw e;
  }
  scope.exit(null);
  return r;
}

/** Installs the `Timeout` type; returns `timeout` and `timeout_at`. */
export function installTimeouts(aio: Aio): Record<string, NativeImpl> {
  const i0 = aio.interp;
  const rt = i0.rt;
  const t = nativeType(i0, 'asyncio.timeouts.Timeout', 48);
  const scopes = new WeakMap<PyObject, TimeoutScope>();
  const scopeOf = (i: Interp, o: PyObject | undefined): TimeoutScope => {
    const s = o ? scopes.get(o) : undefined;
    if (!s) return i.typeError('a Timeout is required');
    return s;
  };
  const seconds = (i: Interp, o: PyObject | undefined): number | null => (o === undefined || o === rt.None ? null : asDouble(i, o));
  const at = (i: Interp, o: PyObject | undefined): bigint | null => {
    const w = seconds(i, o);
    const ns = w === null ? NaN : Math.round(w * 1e9);
    return Number.isFinite(ns) ? BigInt(ns) : null;
  };
  const make = (when: bigint | null): PyObject => {
    const o = newNativeObject(i0, t, []);
    const s = new TimeoutScope(aio, runningLoop(aio), when);
    scopes.set(o, s);
    o.repr = () => `<Timeout [${s.state}]${s.state === 'active' ? ` when=${s.when === null ? 'None' : String(s.when)}` : ''}>`;
    return o;
  };
  const methods: Record<string, NativeImpl> = {
    when: (i, a) => {
      const w = scopeOf(i, a[0]).when;
      return w === null ? i.none() : newFloat(rt, w);
    },
    reschedule: (i, a) => {
      scopeOf(i, a[0]).reschedule(at(i, a[1]));
      return i.none();
    },
    expired: (i, a) => i.bool(scopeOf(i, a[0]).expired),
    __aenter__: (i, a) => newNativeCoro(i, aio.coroType, 'Timeout.__aenter__', immediately(() => {
      scopeOf(i, a[0]).enter();
      rt.heap.incref(a[0] as PyObject);
      return a[0] as PyObject;
    }), [a[0] as PyObject]),
    __aexit__: (i, a) => newNativeCoro(i, aio.coroType, 'Timeout.__aexit__', immediately(() => {
      const exc = a[2] && a[2] !== rt.None ? (a[2] as PyBaseExceptionObject) : null;
      scopeOf(i, a[0]).exit(exc);
      return i.none();
    }), [a[0] as PyObject]),
  };
  for (const [m, impl] of Object.entries(methods)) i0.methods.define(t, m, impl);
  return {
    timeout: (i, a, kw) => {
      const [delay] = bindArgs(i, { qualname: 'timeout', params: ['delay'], required: 1 }, a, kw);
      const d = seconds(i, delay);
      return make(d === null ? null : deadline(runningLoop(aio), d));
    },
    timeout_at: (i, a, kw) => {
      const [when] = bindArgs(i, { qualname: 'timeout_at', params: ['when'], required: 1 }, a, kw);
      return make(at(i, when));
    },
  };
}
