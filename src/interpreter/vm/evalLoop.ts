/**
 * The eval loop (Python/ceval.c, Python/bytecodes.c of 3.12): one `for (;;)` over the current
 * frame's instructions. Python-to-Python calls push a frame and continue in the same loop (no
 * JavaScript recursion), so a run can pause at any line and deep recursion cannot overflow the
 * host's stack. Reference counts move as in CPython: the value stack owns its references, LOAD_*
 * increfs, STORE_* steals, and operators release their operands after computing the result.
 *
 * The switch keeps the hot instructions inline (locals, constants, globals, attributes, binary
 * operators, compares, jumps, CALL, FOR_ITER, returns and yields: everything that switches frames);
 * the rest runs in one module per concept, each handed the frame:
 *
 *   nameOps.ts         the rarer name instructions (DELETE_FAST, DELETE_NAME, *_GLOBAL stores, ...)
 *   importOps.ts       IMPORT_NAME (a module body to run is a frame of this loop), IMPORT_FROM
 *   unwind.ts          exception_unwind: handler lookup, traceback entries, frames popped
 *   excOps.ts          raise, try/except bookkeeping (PUSH_EXC_INFO, POP_EXCEPT, RERAISE, ...)
 *   closureOps.ts      MAKE_FUNCTION and cells (MAKE_CELL, COPY_FREE_VARS, LOAD/STORE/DELETE_DEREF)
 *   unaryOps.ts        UNARY_NEGATIVE, UNARY_INVERT and CALL_INTRINSIC_1
 *   unpackSequence.ts  UNPACK_SEQUENCE
 *   matchOps.ts        UNPACK_EX and the `match` statement's GET_LEN, MATCH_*
 *   buildOps.ts        displays, slices, f-strings (BUILD_*, *_UPDATE, FORMAT_VALUE)
 *   classOps.ts        STORE_ATTR, class bodies, `with`, `yield from` without a frame switch
 *   callOp.ts          CALL's stack protocol (method form, KW_NAMES)
 *   callEx.ts          CALL_FUNCTION_EX's argument flattening (the frame switch stays here)
 */
import type { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { endAsyncForOp, getAiterOp, getAnextOp } from './asyncGenerators';
import type { PyListObject } from '../../engine/objects/listObject';
import { listAppend } from '../../engine/objects/listObject';
import type { PyCFunctionObject } from '../../engine/objects/nativeObject';
import { newBoundCMethod } from '../../engine/objects/nativeObject';
import type { PyObject } from '../../engine/objects/object';
import { contains, getItem, getIter, isTrue, iterNext, setItem } from '../objects/abstract';
import { binaryOp } from '../objects/numberProtocol';
import { compare, compareUnguarded } from '../objects/richCompare';
import { isUserObject } from '../objects/typeSlots';
import type { Interp } from '../runtime/interp';
import { PyError, UnsupportedError } from '../runtime/pyError';
import type { Frame } from './frame';
import { Op as O } from './opcodeNumbers';
import { PyGenObject } from '../../engine/objects/genObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyLazyIterObject } from '../../engine/objects/lazyIterObjects';
import { runningThread } from '../modules/threadScheduler';
import { forIterInThread } from '../builtins/threadConsumers';
import type { PreparedCall } from './callDispatch';
import { positionalFrame, prepareCallOp } from './callOp';
import { prepareCallEx } from './callEx';
import { importFromOp, importNameOp } from './importOps';
import { nameOp } from './nameOps';
import { beforeWith, classOp } from './classOps';
import { buildOp } from './buildOps';
import { closureOp } from './closureOps';
import { excOp } from './excOps';
import { unaryOp } from './unaryOps';
import { unpackSequence } from './unpackSequence';
import { releaseFrame, unwindException, type TracebackEntry } from './unwind';
import { matchOp } from './matchOps';
import { fastBinaryOp, fastCompare, specializes311 } from './numberFastPaths';
import { genReturned, makeGenerator, resumeGen, suspendGen } from './generators';
import { getAwaitableOp } from './coroutines';
import { raiseNameError } from '../session/suggestions';
import { ThreadSwitch } from './threadSwitch';


/** Why the loop returned. */
export type LoopExit = 'paused' | 'returned' | 'raised';

/** Called at every line event; returning true pauses the loop before the line runs. */
export type LineHook = (frame: Frame, line: number) => boolean;

/** The loop's state across pauses. */
export class EvalLoop {
  /** The innermost frame, or null when nothing runs. */
  frame: Frame | null = null;
  /** The module frame's result when it returned. */
  result: PyObject | null = null;
  /** The uncaught exception, when the run raised. */
  error: PyBaseExceptionObject | null = null;
  /** Its traceback, outermost first. */
  traceback: TracebackEntry[] = [];
  /** Set by RERAISE and a bare `raise`: they go to exception_unwind without a new traceback entry. */
  private reraising = false;
  /** Marks the next exception as a re-raise (for instructions implemented outside the loop). */
  private readonly markReraise = (): void => {
    this.reraising = true;
  };
  /** Runs a due collection at an eval-breaker check (3.12+). */
  onEvalBreaker: (() => void) | null = null;
  /** The last 'returned' exit was a generator frame yielding `result` (a nested resumption). */
  yielded = false;

  constructor(private readonly interp: Interp, private readonly onLine: LineHook) {}

  /** Starts `frame` (a module frame) as the only frame. */
  start(frame: Frame): void {
    this.frame = frame;
  }

  /** Starts a suspended generator `frame` by raising `exc` at its yield (`_gen_throw`), then runs. */
  throwInto(frame: Frame, exc: PyBaseExceptionObject): LoopExit {
    this.frame = frame;
    if (!this.unwind(exc)) return 'raised';
    return this.run();
  }

  /** Runs until a pause, the outermost return, or an uncaught exception. */
  run(): LoopExit {
    const running = this.interp.runningLoops;
    running.push(this);
    try {
      for (;;) {
        try {
          return this.dispatch();
        } catch (e) {
          if (e instanceof ThreadSwitch) {
            if (e.park(this)) return 'returned';
            continue;
          }
          if (!(e instanceof PyError)) throw e;
          if (!this.unwind(e.exc)) return 'raised';
        }
      }
    } finally {
      running.pop();
    }
  }

  /**
   * A call's outcome: the callee's frame becomes the current frame (the caller's registers are
   * reloaded by `continue frames`), or the native's result goes on `stack`. Small on purpose, so
   * V8 inlines it into `dispatch`.
   */
  private pushCalleeOrResult(prepared: PreparedCall, stack: (PyObject | null)[]): void {
    if (prepared.frame) this.pushFrame(prepared.frame);
    else stack.push(prepared.result);
  }

  /** A resumable native's step: its next callee's frame, its result, or nothing (FOR_ITER's end: the native jumped). */
  private pushStep(prepared: PreparedCall, stack: (PyObject | null)[]): void {
    if (prepared.frame) this.pushFrame(prepared.frame);
    else if (prepared.result) stack.push(prepared.result);
  }

  /** Makes `callee` (whose `previous` is the current frame) the current frame, one level deeper. */
  private pushFrame(callee: Frame): void {
    this.interp.depth++;
    this.frame = callee;
  }

  /** Finds a handler for `exc` from the current frame outwards; false when none (the run failed). */
  private unwind(exc: PyBaseExceptionObject): boolean {
    const reraise = this.reraising;
    this.reraising = false;
    if (!this.frame) {
      this.error = exc;
      return false;
    }
    const where = unwindException(this.interp, this.frame, exc, reraise);
    this.frame = where.frame;
    if (where.frame) return true;
    this.error = where.error;
    this.traceback = where.traceback;
    return false;
  }

  private dispatch(): LoopExit {
    const interp: Interp = this.interp;
    const rt = interp.rt;
    const heap = rt.heap;
    let frame = this.frame as Frame;
    let code = frame.code;
    let ops = code.ops;
    let args = code.args;
    let lines = code.lines;
    let stack = frame.stack;
    let locals = frame.localsplus;
    // Every frame switch (a call, a return, a generator resumed or suspended) sets this.frame and
    // `continue frames`: the registers below are reloaded in this one place.
    frames: for (;;) {
      frame = this.frame as Frame;
      code = frame.code; ops = code.ops; args = code.args; lines = code.lines; stack = frame.stack; locals = frame.localsplus;
      for (;;) {
        const pc = frame.pc;
        const line = lines[pc];
        if (line !== frame.line && line > 0) {
          if (this.onLine(frame, line)) return 'paused';
          frame.line = line;
        }
        // tracemalloc charges the innermost frame's current instruction's line (PyFrame_GetLineNumber):
        // a continuation line of a statement, or the caller's line again once a callee has returned.
        if (line > 0) heap.line = line;
        const op = ops[pc];
        const arg = args[pc];
        frame.pc = pc + 1;
        switch (op) {
          case O.NOP:
            break;
          case O.RESUME:
            if (this.onEvalBreaker && heap.gc.collectionPending) this.onEvalBreaker();
            break;
          case O.POP_TOP:
            heap.xdecref(stack.pop());
            break;
          case O.PUSH_NULL:
            stack.push(null);
            break;
          case O.COPY: {
            const v = stack[stack.length - arg] as PyObject;
            heap.incref(v);
            stack.push(v);
            break;
          }
          case O.SWAP: {
            const top = stack.length - 1;
            const other = stack.length - arg;
            const t = stack[top];
            stack[top] = stack[other];
            stack[other] = t;
            break;
          }
          case O.LOAD_CONST: {
            const v = code.consts[arg];
            heap.incref(v);
            stack.push(v);
            break;
          }
          case O.LOAD_FAST:
          case O.LOAD_FAST_CHECK: {
            const v = locals[arg];
            if (v === null) interp.raise('UnboundLocalError', `cannot access local variable '${code.code.varnames[arg]}' where it is not associated with a value`);
            heap.incref(v);
            stack.push(v);
            break;
          }
          case O.LOAD_FAST_AND_CLEAR:
            stack.push(locals[arg]);
            locals[arg] = null;
            break;
          case O.STORE_FAST: {
            const old = locals[arg];
            locals[arg] = stack.pop() ?? null;
            heap.xdecref(old);
            break;
          }
          case O.MAKE_CELL:
          case O.COPY_FREE_VARS:
          case O.LOAD_CLOSURE:
          case O.LOAD_DEREF:
          case O.STORE_DEREF:
          case O.DELETE_DEREF:
          case O.MAKE_FUNCTION:
            closureOp(interp, frame, op, arg);
            break;
          case O.LOAD_NAME: {
            const key = code.nameKeys[arg];
            const name = code.names[arg];
            const v = frame.locals?.getKey(key) ?? frame.globals.getKey(key) ?? interp.builtins.get(name);
            if (!v) raiseNameError(interp, frame, name);
            heap.incref(v);
            stack.push(v);
            break;
          }
          case O.STORE_NAME: {
            (frame.locals ?? frame.globals).setKey(code.nameKeys[arg], stack.pop() as PyObject);
            break;
          }
          case O.LOAD_GLOBAL: {
            const name = code.names[arg >> 1];
            const v = frame.globals.getKey(code.nameKeys[arg >> 1]) ?? interp.builtins.get(name);
            if (!v) raiseNameError(interp, frame, name);
            if (arg & 1) stack.push(null);
            heap.incref(v);
            stack.push(v);
            break;
          }
          case O.DELETE_FAST:
          case O.DELETE_NAME:
          case O.STORE_GLOBAL:
          case O.DELETE_GLOBAL:
          case O.SETUP_ANNOTATIONS:
            nameOp(interp, frame, op, arg);
            break;
          case O.UNARY_NEGATIVE:
          case O.UNARY_INVERT:
          case O.CALL_INTRINSIC_1:
            unaryOp(interp, frame, op, arg);
            break;
          case O.UNARY_NOT: {
            const v = stack.pop() as PyObject;
            const r = !isTrue(interp, v);
            heap.decref(v);
            stack.push(interp.bool(r));
            break;
          }
          case O.BINARY_OP: {
            const b = stack.pop() as PyObject;
            const a = stack.pop() as PyObject;
            try {
              stack.push(fastBinaryOp(rt, arg, a, b) ?? binaryOp(interp, arg, a, b));
            } finally {
              heap.decref(a);
              heap.decref(b);
            }
            break;
          }
          case O.COMPARE_OP: {
            const b = stack.pop() as PyObject;
            const a = stack.pop() as PyObject;
            try {
              // 3.11 guards the comparison against recursion unless the instruction specialized;
              // 3.12 charges its C budget, which only a Python `__eq__`/`__lt__` can recurse through.
              const next = ops[frame.pc];
              const unguarded = !interp.cGuards
                || (interp.cGuardsShareLimit ? (next === O.POP_JUMP_IF_FALSE || next === O.POP_JUMP_IF_TRUE) && specializes311(rt, arg, a, b) : !isUserObject(a) && !isUserObject(b));
              stack.push(interp.bool(unguarded ? fastCompare(rt, arg, a, b) ?? compareUnguarded(interp, arg, a, b) : compare(interp, arg, a, b)));
            } finally {
              heap.decref(a);
              heap.decref(b);
            }
            break;
          }
          case O.IS_OP: {
            const b = stack.pop() as PyObject;
            const a = stack.pop() as PyObject;
            const r = (a === b) !== (arg === 1);
            heap.decref(a);
            heap.decref(b);
            stack.push(interp.bool(r));
            break;
          }
          case O.CONTAINS_OP: {
            const container = stack.pop() as PyObject;
            const item = stack.pop() as PyObject;
            try {
              stack.push(interp.bool(contains(interp, container, item) !== (arg === 1)));
            } finally {
              heap.decref(container);
              heap.decref(item);
            }
            break;
          }
          case O.BINARY_SUBSCR: {
            const key = stack.pop() as PyObject;
            const container = stack.pop() as PyObject;
            try {
              stack.push(getItem(interp, container, key));
            } finally {
              heap.decref(container);
              heap.decref(key);
            }
            break;
          }
          case O.STORE_SUBSCR: {
            const key = stack.pop() as PyObject;
            const container = stack.pop() as PyObject;
            const v = stack.pop() as PyObject;
            try {
              setItem(interp, container, key, v);
            } finally {
              heap.decref(v);
              heap.decref(container);
              heap.decref(key);
            }
            break;
          }
          case O.BINARY_SLICE:
          case O.STORE_SLICE:
          case O.BUILD_SLICE:
          case O.DELETE_SUBSCR:
          case O.BUILD_TUPLE:
          case O.BUILD_LIST:
          case O.LIST_EXTEND:
          case O.BUILD_MAP:
          case O.BUILD_CONST_KEY_MAP:
          case O.MAP_ADD:
          case O.DICT_UPDATE:
          case O.DICT_MERGE:
          case O.BUILD_SET:
          case O.SET_ADD:
          case O.SET_UPDATE:
          case O.BUILD_STRING:
          case O.FORMAT_VALUE:
            buildOp(interp, stack, op, arg);
            break;
          case O.LIST_APPEND: {
            const v = stack.pop() as PyObject;
            listAppend(rt, stack[stack.length - arg] as PyListObject, v);
            break;
          }
          case O.GET_ITER: {
            const v = stack.pop() as PyObject;
            try {
              stack.push(getIter(interp, v));
            } finally {
              heap.decref(v);
            }
            break;
          }
          case O.FOR_ITER: {
            const it = stack[stack.length - 1] as PyObject;
            if (it instanceof PyGenObject) {
              const next = resumeGen(interp, it, frame, interp.none(), { kind: 'for', target: arg, default: null });
              if (!next) {
                heap.decref(stack.pop() as PyObject);
                frame.pc = arg;
                break;
              }
              this.pushFrame(next);
              continue frames;
            }
            if ((it.type instanceof PyHeapTypeObject || it instanceof PyLazyIterObject) && runningThread(interp) !== null) {
              // A class's __next__, or map/filter over Python code, in a thread: its calls run as frames here.
              this.pushStep(forIterInThread(interp, frame, it, arg), stack);
              if (this.frame !== frame) continue frames;
              break;
            }
            const next = iterNext(interp, it);
            if (next === null) {
              heap.decref(stack.pop() as PyObject);
              frame.pc = arg;
            } else stack.push(next);
            break;
          }
          case O.JUMP_FORWARD:
            frame.pc = arg;
            break;
          case O.JUMP_BACKWARD:
            frame.pc = arg;
            // A backward jump starts a new line event even on the same line, and checks the eval breaker.
            frame.line = -1;
            if (this.onEvalBreaker && heap.gc.collectionPending) this.onEvalBreaker();
            break;
          case O.POP_JUMP_IF_FALSE:
          case O.POP_JUMP_IF_TRUE: {
            const v = stack.pop() as PyObject;
            const t = v === rt.True ? true : v === rt.False ? false : isTrue(interp, v);
            heap.decref(v);
            if (t === (op === O.POP_JUMP_IF_TRUE)) frame.pc = arg;
            break;
          }
          case O.POP_JUMP_IF_NONE:
          case O.POP_JUMP_IF_NOT_NONE: {
            const v = stack.pop() as PyObject;
            const isNone = v === rt.None;
            heap.decref(v);
            if (isNone === (op === O.POP_JUMP_IF_NONE)) frame.pc = arg;
            break;
          }
          case O.UNPACK_SEQUENCE:
            unpackSequence(interp, stack, arg);
            break;
          case O.LOAD_ATTR: {
            const owner = stack.pop() as PyObject;
            const name = code.names[arg >> 1];
            let found: { value: PyObject; method: boolean };
            try {
              found = interp.getAttr(owner, name, (arg & 1) === 1);
            } catch (e) {
              heap.decref(owner);
              throw e;
            }
            if (found.method && (arg & 1)) {
              // The method form: (owner -- meth self), no bound method allocated.
              stack.push(found.value);
              stack.push(owner);
              break;
            }
            if (arg & 1) stack.push(null);
            if (found.method) {
              const descriptor = found.value as PyCFunctionObject;
              stack.push(newBoundCMethod(rt, descriptor.name, descriptor.impl, owner));
              heap.decref(descriptor);
            } else stack.push(found.value);
            heap.decref(owner);
            break;
          }
          case O.KW_NAMES:
            frame.kwnames = code.kwnames(arg);
            break;
          case O.CALL: {
            // A Python callee gets a frame in this loop; a native finishes here.
            const callee = positionalFrame(interp, frame, arg);
            if (callee !== null) this.pushFrame(callee);
            else this.pushCalleeOrResult(prepareCallOp(interp, frame, arg), stack);
            if (this.onEvalBreaker && heap.gc.collectionPending) this.onEvalBreaker();
            if (this.frame !== frame) continue frames;
            break;
          }
          case O.BEFORE_WITH:
          case O.BEFORE_ASYNC_WITH: {
            this.pushCalleeOrResult(beforeWith(interp, frame, op === O.BEFORE_ASYNC_WITH), stack);
            if (this.frame !== frame) continue frames;
            break;
          }
          case O.CALL_FUNCTION_EX: {
            this.pushCalleeOrResult(prepareCallEx(interp, frame, arg), stack);
            if (this.onEvalBreaker && heap.gc.collectionPending) this.onEvalBreaker();
            if (this.frame !== frame) continue frames;
            break;
          }
          case O.RETURN_CONST:
          case O.RETURN_VALUE: {
            let value: PyObject;
            if (op === O.RETURN_CONST) {
              value = code.consts[arg];
              heap.incref(value);
            } else value = stack.pop() as PyObject;
            const previous = frame.previous;
            const completion = frame.completion;
            const isGen = frame.gen !== null;
            const resume = frame.resume;
            releaseFrame(interp, frame);
            this.frame = previous;
            const then = completion?.next ?? (isGen ? resume?.then : undefined);
            if (then && previous) {
              // A resumable native's callee returned (or its generator ended): its next step, or its result for the caller.
              if (isGen) heap.decref(value);
              this.pushStep(then(isGen ? null : value), previous.stack);
              continue frames;
            }
            let out: PyObject | null = completion ? completion.onReturn(value) : value;
            if (isGen) out = genReturned(interp, resume, previous, out);
            if (!previous) {
              this.frame = null;
              this.result = out;
              this.yielded = false;
              return 'returned';
            }
            if (out && completion?.rerunsCaller) heap.decref(out);
            else if (out) previous.stack.push(out);
            continue frames;
          }
          case O.RETURN_GENERATOR: {
            const previous = frame.previous;
            const gen = makeGenerator(interp, frame);
            this.frame = previous;
            if (!previous) {
              this.result = gen;
              this.yielded = false;
              return 'returned';
            }
            previous.stack.push(gen);
            continue frames;
          }
          case O.YIELD_VALUE: {
            const value = stack.pop() as PyObject;
            const then = frame.resume?.then;
            const caller = suspendGen(interp, frame);
            this.frame = caller;
            if (!caller) {
              this.result = value;
              this.yielded = true;
              return 'returned';
            }
            if (then) {
              // A resumable native pulls this generator: the item goes to its next step.
              this.pushStep(then(value), caller.stack);
              continue frames;
            }
            caller.stack.push(value);
            continue frames;
          }
          case O.SEND: {
            const receiver = stack[stack.length - 2] as PyObject;
            if (receiver instanceof PyGenObject) {
              const next = resumeGen(interp, receiver, frame, stack.pop() as PyObject, { kind: 'send', target: arg, default: null });
              if (!next) {
                stack.push(interp.none());
                frame.pc = arg;
                break;
              }
              this.pushFrame(next);
              continue frames;
            }
            classOp(interp, frame, op, arg, this.markReraise);
            break;
          }
          case O.GET_AWAITABLE:
            getAwaitableOp(interp, frame, arg);
            break;
          case O.GET_AITER:
            getAiterOp(interp, frame);
            break;
          case O.GET_ANEXT:
            getAnextOp(interp, frame);
            break;
          case O.END_ASYNC_FOR:
            endAsyncForOp(interp, frame, this.markReraise);
            break;
          case O.IMPORT_NAME: {
            const body = importNameOp(interp, frame, arg);
            if (body) {
              this.pushFrame(body);
              continue frames;
            }
            break;
          }
          case O.IMPORT_FROM:
            importFromOp(interp, frame, arg);
            break;
          case O.RAISE_VARARGS:
          case O.PUSH_EXC_INFO:
          case O.POP_EXCEPT:
          case O.CHECK_EXC_MATCH:
          case O.CHECK_EG_MATCH:
          case O.CALL_INTRINSIC_2:
          case O.RERAISE:
          case O.LOAD_ASSERTION_ERROR:
            excOp(interp, frame, op, arg, this.markReraise);
            break;
          case O.STORE_ATTR:
          case O.DELETE_ATTR:
          case O.LOAD_BUILD_CLASS:
          case O.LOAD_SUPER_ATTR:
          case O.LOAD_LOCALS:
          case O.LOAD_FROM_DICT_OR_DEREF:
          case O.LOAD_FROM_DICT_OR_GLOBALS:
          case O.END_SEND:
          case O.GET_YIELD_FROM_ITER:
          case O.CLEANUP_THROW:
          case O.WITH_EXCEPT_START:
            classOp(interp, frame, op, arg, this.markReraise);
            break;
          case O.UNPACK_EX:
          case O.GET_LEN:
          case O.MATCH_SEQUENCE:
          case O.MATCH_MAPPING:
          case O.MATCH_KEYS:
          case O.MATCH_CLASS:
            matchOp(interp, stack, op, arg);
            break;
          default:
            throw new UnsupportedError(`the ${O[op]} instruction`, frame.line);
        }
      }
    }
  }
}
