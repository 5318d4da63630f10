/**
 * The Python face of `_asyncio.Future` and `_asyncio.Task`: methods over FutureCore/TaskCore and
 * CPython's reprs (`<Future finished result=3>`, `<Task pending name='Task-2' coro=<work()
 * running at x.py:5>>`, measured by test/oracle/asyncioProbe.py).
 */
import { PyBaseExceptionObject } from '../../../engine/objects/exceptionObject';
import { PyGenObject } from '../../../engine/objects/genObject';
import { newInt } from '../../../engine/objects/longObject';
import type { PyObject } from '../../../engine/objects/object';
import { PyUnicodeObject } from '../../../engine/objects/unicodeObject';
import { reprOf } from '../../objects/repr';
import type { NativeImpl } from '../../vm/callables';
import { genFrameOf } from '../../vm/generators';
import { bindArgs } from '../pyArgs';
import { type Aio, futureOf } from './aio';
import type { FutureCore } from './futureCore';
import { awaitFuture, newNativeCoro } from './nativeCoro';
import { CORO, NAME, TaskCore } from './taskCore';

function coroRepr(aio: Aio, coro: PyObject): string {
  if (!(coro instanceof PyGenObject)) return reprOf(aio.interp, coro);
  const name = coro.qualname instanceof PyUnicodeObject ? coro.qualname.value : '?';
  if (coro.frame && coro.state !== 'completed') {
    const f = genFrameOf(coro);
    const line = f.code.sourceLines[Math.max(0, f.pc - 1)] || f.code.code.firstlineno;
    return `<${name}() running at ${f.code.code.filename}:${line}>`;
  }
  const code = (coro.code as { code: { filename: string; firstlineno: number } }).code;
  return `<${name}() done, defined at ${code.filename}:${code.firstlineno}>`;
}

/** `repr(future)` / `repr(task)`. */
export function futureRepr(aio: Aio, f: FutureCore): string {
  const i = aio.interp;
  const parts: string[] = [f.state.toLowerCase()];
  if (f instanceof TaskCore) {
    if (f.mustCancel && !f.done) parts.push('cancelling');
    parts.push(`name=${reprOf(i, f.obj.refs[NAME] as PyObject)}`);
    parts.push(`coro=${coroRepr(aio, f.coro)}`);
  }
  if (f.state === 'FINISHED') {
    if (f.exception) parts.push(`exception=${reprOf(i, f.exception)}`);
    else parts.push(`result=${reprOf(i, f.result as PyObject)}`);
  }
  if (f instanceof TaskCore && f.waiter) parts.push(`wait_for=${futureRepr(aio, f.waiter)}`);
  return `<${f instanceof TaskCore ? 'Task' : 'Future'} ${parts.join(' ')}>`;
}

function msgArg(aio: Aio, name: string, args: PyObject[], kwnames: string[] | null): PyObject | null {
  const [msg] = bindArgs(aio.interp, { qualname: name, params: ['msg'], required: 0 }, args.slice(1), kwnames);
  return msg ?? null;
}

/** Installs the methods of both types. */
export function installFutureTypes(aio: Aio): void {
  const i0 = aio.interp;
  const rt = i0.rt;
  const core = (args: PyObject[]): FutureCore => futureOf(aio, args[0]);
  const task = (args: PyObject[]): TaskCore => {
    const t = core(args);
    if (!(t instanceof TaskCore)) return i0.typeError('a Task is required');
    return t;
  };
  const common: Record<string, NativeImpl> = {
    result: (_i, args) => core(args).takeResult(),
    done: (i, args) => i.bool(core(args).done),
    cancelled: (i, args) => i.bool(core(args).state === 'CANCELLED'),
    add_done_callback: (i, args) => {
      const fn = args[1] as PyObject;
      rt.heap.incref(fn);
      core(args).addDoneCallback({ py: fn });
      return i.none();
    },
    remove_done_callback: (_i, args) => newInt(rt, core(args).removeDoneCallback((cb) => 'py' in cb && cb.py === args[1])),
    __await__: (i, args) => {
      const f = core(args);
      return newNativeCoro(i, aio.coroType, 'FutureIter', awaitFuture(i, f), [f.obj]);
    },
  };
  common.__iter__ = common.__await__ as NativeImpl;
  // exception() of a cancelled future raises its CancelledError, as result() does.
  common.exception = (_i, args) => {
    const f = core(args);
    if (f.state === 'CANCELLED') return f.takeResult();
    if (!f.done) aio.errors.invalidState('Exception is not set.');
    f.logTraceback = false;
    const e = f.exception ?? rt.None;
    rt.heap.incref(e);
    return e;
  };
  const futureOnly: Record<string, NativeImpl> = {
    cancel: (i, args, kw) => i.bool(core(args).cancel(msgArg(aio, 'cancel', args, kw))),
    set_result: (i, args) => {
      core(args).setResult(args[1] as PyObject);
      return i.none();
    },
    set_exception: (i, args) => {
      let e = args[1] as PyObject;
      const ex = e instanceof PyBaseExceptionObject ? e : i.toException(e);
      if (ex !== e) e = ex; else rt.heap.incref(e);
      core(args).setException(e as PyBaseExceptionObject);
      rt.heap.decref(e);
      return i.none();
    },
  };
  const taskOnly: Record<string, NativeImpl> = {
    cancel: (i, args, kw) => i.bool(task(args).cancelTask(msgArg(aio, 'cancel', args, kw))),
    get_name: (_i, args) => {
      const n = task(args).obj.refs[NAME] as PyObject;
      rt.heap.incref(n);
      return n;
    },
    set_name: (i, args) => {
      const t = task(args);
      const s = args[1] as PyObject;
      rt.heap.incref(s);
      rt.heap.decref(t.obj.refs[NAME] as PyObject);
      t.obj.refs[NAME] = s;
      return i.none();
    },
    get_coro: (_i, args) => {
      const c = task(args).obj.refs[CORO] as PyObject;
      rt.heap.incref(c);
      return c;
    },
    cancelling: (_i, args) => newInt(rt, task(args).numCancels),
    uncancel: (_i, args) => newInt(rt, task(args).uncancel()),
  };
  for (const [t, extra] of [[aio.futureType, futureOnly], [aio.taskType, taskOnly]] as const) {
    for (const [m, impl] of Object.entries({ ...common, ...extra })) i0.methods.define(t, m, impl);
  }
}

/** Gives a new Future/Task object its repr. */
export function withRepr(aio: Aio, f: FutureCore): FutureCore {
  f.obj.repr = () => futureRepr(aio, f);
  return f;
}
