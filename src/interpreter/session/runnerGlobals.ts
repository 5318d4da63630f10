/**
 * What happens to the script's globals dict when media/python/tracemallocRunner.py's runpy call
 * returns: `_run_module_code` hands back `mod_globals.copy()` (a new keys block, charged to runpy)
 * and drops the temporary `__main__` module. When nothing else holds the original dict, it is freed
 * with its keys block, so the script line whose insertion last resized the globals no longer holds
 * that block (measured: 25 globals and no function leave no 768-byte block on the 22nd name's line
 * on 3.11-3.13; one `def` keeps it, since the function's `__globals__` holds the dict).
 */
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { EMPTY_KEYS } from '../../engine/objects/dictKeys';
import type { Runtime } from '../../engine/runtime';
import type { FunctionCode } from '../vm/callables';
import type { Namespace } from '../vm/namespace';

/** Types whose objects keep a module's globals alive (a suspended or finished frame's owner). */
const FRAME_HOLDERS = new Set(['generator', 'coroutine', 'async_generator', 'frame', 'traceback']);

/** Whether an object other than the module still holds the dict of `ns`. */
function globalsHeld(rt: Runtime, ns: Namespace): boolean {
  for (const o of rt.heap.live) {
    if (o instanceof PyFunctionObject && (o.code as FunctionCode | null)?.globals === ns) return true;
    if (FRAME_HOLDERS.has(o.type.name)) return true;
  }
  for (const [, v] of ns) if (v === ns.dict) return true;
  return false;
}

/**
 * The copy and the release, as they show in the per-line footprint: when the globals dict is no
 * longer held, its keys block is replaced by the copy's, allocated at line 0 (runpy), before the
 * original is freed. The namespace itself stays (the final state still lists the variables, which
 * the copy keeps alive in CPython too).
 */
export function releaseRunnerGlobals(rt: Runtime, ns: Namespace): void {
  const keys = ns.dict.keys;
  if (keys === EMPTY_KEYS || keys.refcnt !== 1 || ns.dict.values || globalsHeld(rt, ns)) return;
  const memory = rt.heap.memory;
  const saved = rt.heap.line;
  rt.heap.line = 0;
  const copy = memory.objectMalloc(keys.bytes, 'dict keys');
  memory.free(keys.address, 'dict keys', 'obj');
  keys.address = copy;
  rt.heap.line = saved;
}
