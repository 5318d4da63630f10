/**
 * Generators in the eval loop (Python/bytecodes.c and Objects/genobject.c, CPython 3.12):
 *
 *   RETURN_GENERATOR   the function's frame moves into a new generator, which is returned
 *   FOR_ITER / SEND    resume: the generator's frame is pushed on top of the caller (like a call)
 *   next(g), g.send(v) from Python code: the same, through CALL (callDispatch.ts)
 *   YIELD_VALUE        the frame is suspended (detached from its caller) and the value goes to
 *                      the caller as FOR_ITER's item / SEND's result / the call's result
 *   return             the generator completes: FOR_ITER jumps past the loop, SEND delivers the
 *                      value to END_SEND, next() raises StopIteration(value)
 *
 * Natives that iterate (list(g), sum(g)) and close/throw run the frame in a nested loop, as
 * CPython's `gen_send_ex` re-enters the interpreter from C. A generator dying unfinished is
 * closed by its finalizer (GeneratorExit thrown in, `_PyGen_Finalize`).
 */
import { classTypes } from '../../engine/objects/classTypes';
import { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { isCoroutine, isPlainGenerator, newGenerator, PyGenObject, type GenFrame } from '../../engine/objects/genObject';
import { CO_FLAGS } from '../compiler/codeObject';
import { installCoroutines } from './coroutines';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { intern, newStr } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import { callUnraisable } from '../runtime/unraisable';
import { argRange, noKeywords } from '../builtins/args';
import { EvalLoop } from './evalLoop';
import { Op } from './opcodeNumbers';
import { callAny } from './callDispatch';
import { typeLookup } from '../objects/typeLookup';
import type { Frame, GenResume } from './frame';
import { detachFrameObject } from './tracebackHere';
import { installAsyncGenerators } from './asyncGenerators';

/** Releases what a frame holds, without the eval loop's depth bookkeeping. */
export function clearFrameRefs(interp: Interp, frame: Frame): void {
  if (detachFrameObject(interp, frame)) return;
  const heap = interp.rt.heap;
  while (frame.stack.length > 0) heap.xdecref(frame.stack.pop());
  const locals = frame.localsplus;
  for (let i = 0; i < locals.length; i++) {
    const v = locals[i];
    locals[i] = null;
    heap.xdecref(v);
  }
  const f = frame.func;
  frame.func = null;
  heap.xdecref(f);
}

/** RETURN_GENERATOR: the generator owning `frame` (the frame leaves the stack). */
export function makeGenerator(interp: Interp, frame: Frame): PyGenObject {
  const rt = interp.rt;
  const code = frame.code.code;
  const name = intern(rt, newStr(rt, code.name));
  const qualname = intern(rt, newStr(rt, code.qualname));
  const types = classTypes(rt);
  const type = code.flags & CO_FLAGS.COROUTINE ? types.coroutine : code.flags & CO_FLAGS.ASYNC_GENERATOR ? types.asyncGenerator : types.generator;
  const gen = newGenerator(rt, type, new GenFrameView(interp, frame), frame.code.nlocalsplus + code.stacksize, name, qualname);
  rt.heap.decref(name);
  rt.heap.decref(qualname);
  gen.code = frame.code;
  frame.gen = gen;
  frame.previous = null;
  interp.depth--;
  return gen;
}

/**
 * What the engine sees of a generator's frame. It carries the frame itself, so resuming finds it
 * from the generator without a side table (a WeakMap entry per generator cost a generator-heavy
 * run a tenth of its time in ephemeron bookkeeping).
 */
class GenFrameView implements GenFrame {
  constructor(private readonly interp: Interp, readonly frame: Frame) {}

  traverse(visit: (o: PyObject) => void): void {
    const frame = this.frame;
    for (const v of frame.localsplus) if (v) visit(v);
    for (const v of frame.stack) if (v) visit(v);
    if (frame.func) visit(frame.func);
  }

  clear(): void {
    clearFrameRefs(this.interp, this.frame);
  }
}

/** The frame of `gen` (which must have one). */
export function genFrameOf(gen: PyGenObject): Frame {
  return (gen.frame as GenFrameView).frame;
}

/**
 * Resumes `gen` on top of `caller` with `sent` (stolen) on its stack; null when the generator has
 * already completed (then `sent` is released).
 */
export function resumeGen(interp: Interp, gen: PyGenObject, caller: Frame | null, sent: PyObject | null, resume: GenResume): Frame | null {
  if (gen.state === 'running') {
    interp.rt.heap.xdecref(sent);
    interp.raise('ValueError', `${gen.type.name} already executing`);
  }
  if (gen.state === 'completed' || !gen.frame) {
    interp.rt.heap.xdecref(sent);
    if (isCoroutine(gen)) interp.raise('RuntimeError', 'cannot reuse already awaited coroutine');
    return null;
  }
  if (interp.depth + interp.cRecursion >= interp.recursionLimit) interp.raise('RecursionError', 'maximum recursion depth exceeded');
  const frame = genFrameOf(gen);
  frame.previous = caller;
  frame.resume = resume;
  gen.state = 'running';
  if (sent) frame.stack.push(sent);
  return frame;
}

/** YIELD_VALUE: suspends the generator frame; returns its caller (null in a nested run). */
export function suspendGen(interp: Interp, frame: Frame): Frame | null {
  const caller = frame.previous;
  frame.previous = null;
  (frame.gen as PyGenObject).state = 'suspended';
  const held = frame.resume?.held;
  interp.rt.heap.xdecref(frame.resume?.default);
  frame.resume = null;
  interp.depth--;
  interp.rt.heap.xdecref(held);
  return caller;
}

/** The generator's frame finished (returned or raised): it is cleared and the generator completed. */
export function genFrameReleased(frame: Frame): void {
  const gen = frame.gen as PyGenObject;
  gen.state = 'completed';
  gen.frame = null;
}

/** `StopIteration(value)` with its `value` field (steals `value`). */
export function newStopIteration(interp: Interp, value: PyObject): PyBaseExceptionObject {
  const rt = interp.rt;
  const isNone = value === rt.None;
  const e = interp.newError('StopIteration');
  if (!isNone) {
    rt.heap.incref(value);
    const old = e.args;
    e.args = newTuple(rt, [value]);
    rt.heap.xdecref(old);
  }
  e.extra[0] = value;
  return e;
}

/**
 * A generator frame returned `value` (stolen) to `caller`: what the caller's stack receives (a
 * new reference), or null when the resumption consumed it (FOR_ITER). May raise StopIteration.
 */
export function genReturned(interp: Interp, resume: GenResume | null, caller: Frame | null, value: PyObject): PyObject | null {
  const heap = interp.rt.heap;
  if (!resume || !caller || resume.kind === 'nested') return value;
  if (resume.kind === 'for') {
    heap.decref(value);
    heap.xdecref(caller.stack.pop());
    caller.pc = resume.target;
    return null;
  }
  if (resume.kind === 'send') {
    caller.pc = resume.target;
    return value;
  }
  if (resume.default) {
    heap.decref(value);
    return resume.default;
  }
  throw new PyError(newStopIteration(interp, value));
}

/** An exception leaving a generator frame: StopIteration becomes RuntimeError (PEP 479). */
export function genRaised(interp: Interp, exc: PyBaseExceptionObject): PyBaseExceptionObject {
  if (!exc.type.isSubtypeOf(interp.excType('StopIteration'))) return exc;
  const err = interp.newError('RuntimeError', 'generator raised StopIteration');
  err.cause = exc;
  err.context = exc;
  interp.rt.heap.incref(exc);
  err.suppressContext = true;
  return err;
}

/** Runs a resumed frame to its next yield or its end in a nested loop. */
function runGenNested(interp: Interp, loop: EvalLoop): { yielded: boolean; value: PyObject } {
  const heap = interp.rt.heap;
  const outerLine = heap.line;
  try {
    const exit = loop.run();
    if (exit === 'raised') throw new PyError(loop.error as PyBaseExceptionObject);
    return { yielded: loop.yielded, value: loop.result as PyObject };
  } finally {
    heap.line = outerLine;
  }
}

function nestedLoop(interp: Interp): EvalLoop {
  const heap = interp.rt.heap;
  return new EvalLoop(interp, (_frame, line) => {
    heap.line = line;
    return false;
  });
}

/** `gen_send_ex(gen, sent)` from native code: the next value (new reference) or null when done; `returned` gets the return value. */
export function genSendNested(interp: Interp, gen: PyGenObject, sent: PyObject, returned?: (v: PyObject) => void): PyObject | null {
  const frame = resumeGen(interp, gen, null, sent, { kind: 'nested', target: 0, default: null });
  if (!frame) return null;
  interp.depth++;
  const loop = nestedLoop(interp);
  loop.start(frame);
  const r = runGenNested(interp, loop);
  if (r.yielded) return r.value;
  if (returned) returned(r.value);
  else interp.rt.heap.decref(r.value);
  return null;
}

/** `_gen_throw`: raises `exc` (stolen) at the generator's yield; the next value, or null when it finished. */
export function genThrowNested(interp: Interp, gen: PyGenObject, exc: PyBaseExceptionObject, returned?: (v: PyObject) => void): PyObject | null {
  if (gen.state === 'created' || !gen.frame) {
    if (gen.frame) {
      gen.frame.clear(interp.rt.heap);
      gen.frame = null;
      gen.state = 'completed';
    }
    throw new PyError(exc);
  }
  const yf = yieldFromOf(gen);
  if (yf) {
    // Delegated to the iterator it awaits: a value it yields is gen's; what it raises (or its
    // StopIteration when it finished) is raised at gen's yield, where CLEANUP_THROW sorts it out.
    const delegated = throwIntoDelegate(interp, gen, yf, exc);
    if (delegated.yielded) return delegated.yielded;
    exc = delegated.raise;
  }
  const frame = resumeGen(interp, gen, null, interp.none(), { kind: 'nested', target: 0, default: null }) as Frame;
  interp.depth++;
  const loop = nestedLoop(interp);
  const r = loop.throwInto(frame, exc) === 'raised'
    ? (() => { throw new PyError(loop.error as PyBaseExceptionObject); })()
    : { yielded: loop.yielded, value: loop.result as PyObject };
  if (r.yielded) return r.value;
  if (returned) returned(r.value);
  else interp.rt.heap.decref(r.value);
  return null;
}

/** `_PyGen_yf`: the iterator a suspended generator delegates to (`yield from`, `await`), borrowed, or null. */
export function yieldFromOf(gen: PyGenObject): PyObject | null {
  if (gen.state !== 'suspended' || !gen.frame) return null;
  const frame = genFrameOf(gen);
  const code = frame.code;
  // Suspended in a `yield from`/`await` loop: the next instruction is RESUME 2 or 3, the receiver on top.
  if (code.ops[frame.pc] !== Op.RESUME || code.args[frame.pc] < 2) return null;
  return frame.stack[frame.stack.length - 1] ?? null;
}

/**
 * `_gen_throw`'s delegation: `exc` (stolen) goes to `yf` first (GeneratorExit closes it); either
 * `yf` yields (gen stays suspended at its yield) or the exception to raise at gen's yield.
 */
function throwIntoDelegate(interp: Interp, gen: PyGenObject, yf: PyObject, exc: PyBaseExceptionObject): { yielded: PyObject | null; raise: PyBaseExceptionObject } {
  const rt = interp.rt;
  const closing = exc.type.isSubtypeOf(interp.excType('GeneratorExit'));
  gen.state = 'running';
  try {
    if (closing) {
      if (yf instanceof PyGenObject) genClose(interp, yf);
      else {
        const close = typeLookup(interp, yf.type, 'close');
        if (close) rt.heap.decref(callAny(interp, close, [yf]));
      }
      return { yielded: null, raise: exc };
    }
    if (yf instanceof PyGenObject) {
      let ret: PyObject | null = null;
      const v = genThrowNested(interp, yf, exc, (r) => { ret = r; });
      if (v) return { yielded: v, raise: exc };
      return { yielded: null, raise: newStopIteration(interp, ret ?? interp.none()) };
    }
    const thrower = typeLookup(interp, yf.type, 'throw');
    if (!thrower) return { yielded: null, raise: exc };
    try {
      return { yielded: callAny(interp, thrower, [yf, exc]), raise: exc };
    } finally {
      rt.heap.decref(exc);
    }
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    return { yielded: null, raise: e.exc };
  } finally {
    gen.state = 'suspended';
  }
}

/** `gen_close`: GeneratorExit thrown in; RuntimeError if it yields instead of finishing. */
export function genClose(interp: Interp, gen: PyGenObject): void {
  if (gen.state === 'created') {
    if (gen.frame) gen.frame.clear(interp.rt.heap);
    gen.frame = null;
    gen.state = 'completed';
    return;
  }
  if (!gen.frame || gen.state === 'completed') return;
  try {
    const v = genThrowNested(interp, gen, interp.newError('GeneratorExit'));
    if (v) {
      interp.rt.heap.decref(v);
      interp.raise('RuntimeError', 'generator ignored GeneratorExit');
    }
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    const t = e.exc.type;
    if (t.isSubtypeOf(interp.excType('GeneratorExit')) || t.isSubtypeOf(interp.excType('StopIteration'))) {
      interp.rt.heap.decref(e.exc);
      return;
    }
    throw e;
  }
}

/** The exception `g.throw(x)` raises: an instance, or a class instantiated. */
export function throwable(interp: Interp, x: PyObject): PyBaseExceptionObject {
  if (x instanceof PyBaseExceptionObject) { interp.rt.heap.incref(x); return x; }
  if (x instanceof PyTypeObject) { interp.rt.heap.incref(x); return interp.toException(x); }
  return interp.typeError('exceptions must be classes or instances deriving from BaseException, not ' + x.type.name);
}

/** The generator methods (`send`, `throw`, `close`), the coroutine's too, and the finalizers. */
export function installGenerators(interp: Interp): void {
  const rt = interp.rt;
  const types = classTypes(rt);
  const stopOrValue = (v: PyObject | null, ret: PyObject | null): PyObject => {
    if (v) return v;
    throw new PyError(newStopIteration(interp, ret ?? interp.none()));
  };
  for (const t of [types.generator, types.coroutine]) {
    interp.methods.define(t, 'send', (i, args, kw) => {
      noKeywords(i, 'send', kw);
      argRange(i, 'send', args.slice(1), 1, 1);
      const gen = args[0] as PyGenObject;
      if (gen.state === 'created' && args[1] !== rt.None) i.typeError(`can't send non-None value to a just-started ${t.name}`);
      let ret: PyObject | null = null;
      rt.heap.incref(args[1]);
      return stopOrValue(genSendNested(i, gen, args[1], (r) => { ret = r; }), ret);
    });
    interp.methods.define(t, 'throw', (i, args, kw) => {
      noKeywords(i, 'throw', kw);
      argRange(i, 'throw', args.slice(1), 1, 3);
      let ret: PyObject | null = null;
      return stopOrValue(genThrowNested(i, args[0] as PyGenObject, throwable(i, args[1]), (r) => { ret = r; }), ret);
    });
    interp.methods.define(t, 'close', (i, args, kw) => {
      noKeywords(i, 'close', kw);
      genClose(i, args[0] as PyGenObject);
      return i.none();
    });
  }
  // _PyGen_Finalize: an exception from the close is PyErr_WriteUnraisable(gen).
  types.generator.finalize = (o) => callUnraisable(interp, o, () => genClose(interp, o as PyGenObject));
  installCoroutines(interp);
  installAsyncGenerators(interp);
}

/**
 * `next(gen[, default])` or `gen.send(v)` called from Python code: the generator's frame, pushed
 * on `caller` like a call; null when `callable` is neither.
 */
export function genCallFrame(interp: Interp, callable: PyObject, args: PyObject[], caller: Frame): { frame: Frame } | { result: PyObject } | null {
  const gen = args[0];
  if (!isPlainGenerator(gen)) return null;
  const rt = interp.rt;
  const isNext = callable === interp.builtins.get('next') && args.length <= 2;
  const isSend = !isNext && callable === interp.methods.lookup(classTypes(rt).generator, 'send') && args.length === 2;
  if (!isNext && !isSend) return null;
  const dflt = isNext && args.length === 2 ? args[1] : null;
  const sent = isSend ? args[1] : rt.None;
  if (isSend && gen.state === 'created' && sent !== rt.None) interp.typeError("can't send non-None value to a just-started generator");
  rt.heap.incref(sent);
  const frame = resumeGen(interp, gen, caller, sent, { kind: 'next', target: 0, default: dflt, held: gen });
  if (frame) {
    if (dflt) rt.heap.incref(dflt);
    rt.heap.incref(gen);
    return { frame };
  }
  if (dflt) {
    rt.heap.incref(dflt);
    return { result: dflt };
  }
  throw new PyError(newStopIteration(interp, interp.none()));
}

/** Whether `o` is a generator. */
export function isGenerator(o: PyObject): o is PyGenObject {
  return o instanceof PyGenObject;
}
