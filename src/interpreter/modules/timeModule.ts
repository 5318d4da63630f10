/**
 * `time` (Modules/timemodule.c) on a simulated clock, so a script prints the same thing on every
 * run and in every view: the host clock is never read.
 *
 *   elapsed      = 1 µs per line step the session has run (`interp.step`) + the thread
 *                  scheduler's clock (everything slept or waited for with a timeout)
 *   time()       = 1_700_000_000.0 s (2023-11-14 22:13:20 UTC) + elapsed
 *   perf_counter = monotonic = elapsed (the `_ns` forms in integer nanoseconds)
 *   sleep(s)     the main thread: adds s to the clock and returns once the threads due by then
 *                ran; a thread: parks until the clock reaches its end (threadScheduler.ts)
 *
 * So `t1 - t0` around a loop measures the steps it took, and `sleep(0.5)` moves every clock on by
 * exactly 0.5 s. Errors are CPython's: a negative sleep is a ValueError, a non-number a TypeError.
 */
import { clockNs, sleepFor } from './threadScheduler';
import { newFloat, PyFloatObject } from '../../engine/objects/floatObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';
import { positional } from './moduleArgs';

/** The simulated wall clock's origin, in seconds since the epoch. */
const EPOCH_SECONDS = 1_700_000_000n;
/** Simulated nanoseconds per line step. */
const NS_PER_STEP = 1000n;

/** The simulated clock's nanoseconds since it started (`perf_counter_ns()`). */
function elapsedOf(interp: Interp): bigint {
  return BigInt(interp.step) * NS_PER_STEP + clockNs(interp);
}

/** `time.time_ns()` of the simulated clock (datetime.now() reads it too). */
export function simulatedTimeNs(interp: Interp): bigint {
  return EPOCH_SECONDS * 1_000_000_000n + elapsedOf(interp);
}

/** Creates the module (on first import). */
export function createTime(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const elapsedNs = (): bigint => elapsedOf(interp);
  const noArgs = (name: string, f: () => number | bigint): NativeImpl => (i, args, kwnames) => {
    positional(i, name, args, kwnames, 0);
    const v = f();
    return typeof v === 'bigint' ? newInt(rt, v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v) : newFloat(rt, v);
  };
  const functions: Record<string, NativeImpl> = {
    time: noArgs('time', () => Number(EPOCH_SECONDS) + Number(elapsedNs()) / 1e9),
    time_ns: noArgs('time_ns', () => simulatedTimeNs(interp)),
    perf_counter: noArgs('perf_counter', () => Number(elapsedNs()) / 1e9),
    perf_counter_ns: noArgs('perf_counter_ns', () => elapsedNs()),
    monotonic: noArgs('monotonic', () => Number(elapsedNs()) / 1e9),
    monotonic_ns: noArgs('monotonic_ns', () => elapsedNs()),
    process_time: noArgs('process_time', () => Number(BigInt(interp.step) * NS_PER_STEP) / 1e9),
    sleep: (i, args, kwnames) => {
      positional(i, 'sleep', args, kwnames, 1);
      const a = args[0];
      let secs: number;
      if (a instanceof PyFloatObject) secs = a.value;
      else if (a instanceof PyLongObject) secs = Number(a.value);
      else return i.typeError(`'${a.type.name}' object cannot be interpreted as an integer`);
      if (Number.isNaN(secs)) i.raise('ValueError', 'Invalid value NaN (not a number)');
      if (secs < 0) i.raise('ValueError', 'sleep length must be non-negative');
      // A sleep releases the GIL: other threads run meanwhile (threadScheduler.ts).
      return sleepFor(i, BigInt(Math.round(secs * 1e9)));
    },
  };
  return interp.defineModule('time', functions);
}
