/**
 * `asyncio.TaskGroup` (3.11+). What CPython 3.11–3.13 is observed to do:
 *
 *   create_task    a task of the running loop, remembered until done; refused before the group
 *                  is entered, once it is finished, and while it is shutting down
 *   a child fails  its exception is kept; the first failure aborts the group (every pending
 *                  child is cancelled) and cancels the parent task once, so a body blocked in an
 *                  await wakes with CancelledError
 *   __aexit__      waits for every child (a cancellation of the parent meanwhile aborts the group
 *                  too); the parent's cancellation the group requested is taken back with
 *                  `uncancel()` (at the start of __aexit__ on 3.11/3.12, after the wait on 3.13),
 *                  and when that leaves no request pending the CancelledError is not propagated;
 *                  then SystemExit/KeyboardInterrupt of a child re-raise as they are, else the
 *                  children's errors plus the body's own (not a CancelledError) are raised as
 *                  `BaseExceptionGroup('unhandled errors in a TaskGroup', errors)`, which is an
 *                  ExceptionGroup when all are Exceptions
 *
 * The children are kept in creation order; CPython keeps a set (address order), so which pending
 * child is cancelled first can differ.
 */
import type { PyBaseExceptionObject } from '../../../engine/objects/exceptionObject';
import { newList } from '../../../engine/objects/listObject';
import type { PyObject } from '../../../engine/objects/object';
import { newStr } from '../../../engine/objects/unicodeObject';
import { newExceptionGroup } from '../../objects/exceptionGroup';
import type { Interp } from '../../runtime/interp';
import { PyError } from '../../runtime/pyError';
import type { NativeImpl } from '../../vm/callables';
import { nativeType, newNativeObject, type PyNativeObject } from '../nativeObject';
import { bindArgs } from '../pyArgs';
import { type Aio, newFuture, newTask, runningLoop } from './aio';
import type { FutureCore } from './futureCore';
import { withRepr } from './futureTypes';
import { awaitFuture, immediately, isAnyCoroutine, newNativeCoro, type Body } from './nativeCoro';
import type { TaskCore } from './taskCore';

class TaskGroupCore {
  entered = false;
  exiting = false;
  aborting = false;
  parent: TaskCore | null = null;
  parentCancelRequested = false;
  readonly tasks = new Set<TaskCore>();
  readonly errors: PyBaseExceptionObject[] = [];
  baseError: PyBaseExceptionObject | null = null;
  onCompleted: FutureCore | null = null;

  constructor(readonly aio: Aio, readonly obj: PyNativeObject) {}

  private get interp(): Interp {
    return this.aio.interp;
  }

  repr(): string {
    const info = [''];
    if (this.tasks.size) info.push(`tasks=${this.tasks.size}`);
    if (this.errors.length) info.push(`errors=${this.errors.length}`);
    if (this.aborting) info.push('cancelling');
    else if (this.entered) info.push('entered');
    return `<TaskGroup${info.join(' ')}>`;
  }

  enter(): void {
    if (this.entered) this.interp.raise('RuntimeError', `TaskGroup ${this.repr()} has already been entered`);
    const parent = runningLoop(this.aio).current as TaskCore | null;
    if (!parent) this.interp.raise('RuntimeError', `TaskGroup ${this.repr()} cannot determine the parent task`);
    this.entered = true;
    this.parent = parent;
  }

  createTask(coro: PyObject, name: PyObject | null): TaskCore {
    const i = this.interp;
    if (!this.entered) i.raise('RuntimeError', `TaskGroup ${this.repr()} has not been entered`);
    if (this.exiting && !this.tasks.size) i.raise('RuntimeError', `TaskGroup ${this.repr()} is finished`);
    if (this.aborting) i.raise('RuntimeError', `TaskGroup ${this.repr()} is shutting down`);
    if (!isAnyCoroutine(coro)) i.typeError(`a coroutine was expected, got ${coro.type.name}`);
    i.rt.heap.incref(coro);
    const t = withRepr(this.aio, newTask(this.aio, runningLoop(this.aio), coro, name)) as TaskCore;
    this.tasks.add(t);
    i.rt.heap.incref(t.obj);
    t.addDoneCallback({ ts: () => this.onTaskDone(t) });
    return t;
  }

  private isBaseError(e: PyBaseExceptionObject): boolean {
    return e.type.isSubtypeOf(this.interp.excType('SystemExit')) || e.type.isSubtypeOf(this.interp.excType('KeyboardInterrupt'));
  }

  private abort(): void {
    this.aborting = true;
    for (const t of this.tasks) if (!t.done) t.cancelTask(null);
  }

  private onTaskDone(t: TaskCore): void {
    const heap = this.interp.rt.heap;
    this.tasks.delete(t);
    if (this.onCompleted && !this.tasks.size && !this.onCompleted.done) this.onCompleted.setResult(this.interp.rt.True);
    const exc = t.state === 'FINISHED' ? t.exception : null;
    t.logTraceback = false;
    heap.decref(t.obj);
    if (!exc) return;
    heap.incref(exc);
    this.errors.push(exc);
    if (this.isBaseError(exc) && !this.baseError) this.baseError = exc;
    const parent = this.parent as TaskCore;
    if (!this.aborting && !this.parentCancelRequested) {
      this.abort();
      this.parentCancelRequested = true;
      parent.cancelTask(null);
    }
  }

  /** Takes back the parent's cancellation the group requested: whether none is left pending. */
  private uncancelParent(): boolean {
    return this.parentCancelRequested && (this.parent as TaskCore).uncancel() === 0;
  }

  *exit(exc: PyBaseExceptionObject | null): Body {
    // CancelledErrors caught while waiting are owned here until the end.
    const caught: PyBaseExceptionObject[] = [];
    try {
      return yield* this.exitOwning(exc, caught);
    } finally {
      for (const e of caught) this.interp.rt.heap.decref(e);
    }
  }

  private *exitOwning(exc: PyBaseExceptionObject | null, caught: PyBaseExceptionObject[]): Body {
    const i = this.interp;
    const heap = i.rt.heap;
    const cancelled = this.aio.errors.cancelledType;
    this.exiting = true;
    if (exc && this.isBaseError(exc) && !this.baseError) this.baseError = exc;
    let propagate: PyBaseExceptionObject | null = exc && exc.type.isSubtypeOf(cancelled) ? exc : null;
    const late = i.rt.profile.version === '3.13';
    if (!late && this.uncancelParent()) propagate = null;
    if (exc && !this.aborting) this.abort();
    while (this.tasks.size) {
      const f = (this.onCompleted ??= newFuture(this.aio, runningLoop(this.aio)));
      try {
        heap.decref(yield* awaitFuture(i, f));
      } catch (e) {
        if (!(e instanceof PyError) || !e.exc.type.isSubtypeOf(cancelled)) throw e;
        caught.push(e.exc);
        if (!this.aborting) {
          propagate = e.exc;
          this.abort();
        }
      } finally {
        heap.decref(f.obj);
        this.onCompleted = null;
      }
    }
    if (late && this.uncancelParent()) propagate = null;
    if (this.baseError) {
      heap.incref(this.baseError);
      throw new PyError(this.baseError);
    }
    if (propagate && !this.errors.length) {
      heap.incref(propagate);
      throw new PyError(propagate);
    }
    if (exc && !exc.type.isSubtypeOf(cancelled)) {
      heap.incref(exc);
      this.errors.push(exc);
    }
    if (this.errors.length) throw new PyError(this.group());
    return i.none();
  }

  private group(): PyBaseExceptionObject {
    const rt = this.interp.rt;
    const list = newList(rt, this.errors.splice(0));
    const msg = newStr(rt, 'unhandled errors in a TaskGroup');
    try {
      return newExceptionGroup(this.interp, this.interp.excType('BaseExceptionGroup'), [msg, list], null);
    } finally {
      rt.heap.decref(msg);
      rt.heap.decref(list);
    }
  }
}

/** Installs the TaskGroup type and returns it. */
export function installTaskGroup(aio: Aio): PyObject {
  const i0 = aio.interp;
  const rt = i0.rt;
  const t = nativeType(i0, 'asyncio.taskgroups.TaskGroup', 48);
  const groups = new WeakMap<PyObject, TaskGroupCore>();
  const groupOf = (i: Interp, o: PyObject | undefined): TaskGroupCore => {
    const g = o ? groups.get(o) : undefined;
    if (!g) return i.typeError('a TaskGroup is required');
    return g;
  };
  const methods: Record<string, NativeImpl> = {
    create_task: (i, a, kw) => {
      const g = groupOf(i, a[0]);
      const [coro, name] = bindArgs(i, { qualname: 'create_task', params: ['coro'], kwOnly: ['name', 'context'], required: 1 }, a.slice(1), kw);
      const task = g.createTask(coro as PyObject, name ?? null);
      rt.heap.incref(task.obj);
      return task.obj;
    },
    __aenter__: (i, a) => newNativeCoro(i, aio.coroType, 'TaskGroup.__aenter__', immediately(() => {
      groupOf(i, a[0]).enter();
      rt.heap.incref(a[0] as PyObject);
      return a[0] as PyObject;
    }), [a[0] as PyObject]),
    __aexit__: (i, a) => {
      const exc = a[2] && a[2] !== rt.None ? (a[2] as PyBaseExceptionObject) : null;
      const keep = [a[0] as PyObject, ...(exc ? [exc] : [])];
      return newNativeCoro(i, aio.coroType, 'TaskGroup.__aexit__', groupOf(i, a[0]).exit(exc), keep);
    },
  };
  for (const [m, impl] of Object.entries(methods)) i0.methods.define(t, m, impl);
  i0.typeCalls.set(t, (i, _t, args, kw) => {
    bindArgs(i, { qualname: 'TaskGroup', params: [], required: 0 }, args, kw);
    const o = newNativeObject(i, t, []);
    const g = new TaskGroupCore(aio, o);
    groups.set(o, g);
    o.repr = () => g.repr();
    return o;
  });
  return t;
}
