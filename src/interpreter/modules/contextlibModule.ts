/**
 * `contextlib` (Lib/contextlib.py, 3.11–3.13) for the usual uses: `@contextmanager` (its
 * `_GeneratorContextManager` drives the generator: `__enter__` is `next(gen)`, `__exit__` either
 * expects StopIteration or throws the exception in), `suppress`, `nullcontext`, `closing` and
 * `ExitStack` (`enter_context`, `callback`, `push`, `close`; exits run last-in first-out, an exit
 * returning true swallows the pending exception, one raising replaces it). Called on a function,
 * a `_GeneratorContextManager` returns a wrapper running each call in a fresh manager made from
 * the same arguments (it keeps them, as CPython's `args`/`kwds`). `ContextDecorator` and
 * `AbstractContextManager` are Python (pysource/contextlibSource.ts), made on first lookup.
 *
 * Obscurity: CPython's managers are instances of Python classes (48 bytes on 3.12+, 56 on 3.11,
 * plus their `__dict__` once one is used); here each is one native object of that size holding its
 * references, and the decorated function is a built-in function rather than a `functools.wraps`
 * wrapper.
 */
import { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { listAppend, newList, type PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { isTrue, iterNext } from '../objects/abstract';
import { bindMethod } from '../objects/descriptorGet';
import { internName, typeLookup } from '../objects/typeLookup';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { PyError } from '../runtime/pyError';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { callMethod } from './callMethod';
import { newNativeObject, nativeType, type PyNativeObject } from './nativeObject';
import { CONTEXTLIB_SOURCE, CONTEXTLIB_SOURCE_NAMES } from './pysource/contextlibSource';
import { addLazySourceNames } from './pysource/sourceModule';

/** The manager classes, by name. */
type Manager = '_GeneratorContextManager' | 'suppress' | 'nullcontext' | 'closing' | 'ExitStack' | 'redirect_stdout' | 'redirect_stderr';

function managerType(interp: Interp, name: Manager): PyTypeObject {
  return nativeType(interp, `contextlib.${name}`, interp.rt.profile.version === '3.11' ? 56 : 48);
}

/** A new manager object of class `name` holding `refs` (owned). */
function newManager(interp: Interp, name: Manager, refs: PyObject[]): PyNativeObject {
  return newNativeObject(interp, managerType(interp, name), refs);
}

function self(interp: Interp, args: PyObject[], name: Manager, method: string): PyNativeObject {
  const o = args[0];
  if (o.type !== managerType(interp, name)) interp.typeError(`descriptor '${method}' requires a '${name}' object`);
  return o as PyNativeObject;
}

/** Runs `f`; a Python exception it raises comes back as the exception object (owned), else null. */
function capture(f: () => void): PyBaseExceptionObject | null {
  try {
    f();
    return null;
  } catch (e) {
    if (e instanceof PyError) return e.exc;
    throw e;
  }
}

function own(interp: Interp, o: PyObject): PyObject {
  interp.rt.heap.incref(o);
  return o;
}

/**
 * Runs `body` inside the manager `cm` as a with statement does: `__enter__`, then `__exit__` with
 * the exception `body` raised (swallowed when `__exit__` answers true: the result is None) or
 * with three Nones.
 */
function runInside(interp: Interp, cm: PyObject, body: () => PyObject): PyObject {
  const heap = interp.rt.heap;
  const none = interp.rt.None;
  const enter = typeLookup(interp, cm.type, '__enter__');
  const exit = typeLookup(interp, cm.type, '__exit__');
  if (!enter || !exit) return interp.typeError(`'${cm.type.name}' object does not support the context manager protocol`);
  heap.decref(callAny(interp, enter, [cm]));
  let result: PyObject | null = null;
  const raised = capture(() => { result = body(); });
  if (!raised) {
    heap.decref(callAny(interp, exit, [cm, none, none, none]));
    return result as unknown as PyObject;
  }
  try {
    const swallowed = callAny(interp, exit, [cm, raised.type, raised, raised.traceback ?? none]);
    const yes = isTrue(interp, swallowed);
    heap.decref(swallowed);
    if (yes) return interp.none();
  } catch (e) {
    heap.decref(raised);
    throw e;
  }
  throw new PyError(raised);
}

function generatorMethods(interp: Interp): Record<string, NativeImpl> {
  const heap = interp.rt.heap;
  return {
    // `@manager(args)` on a function: each call runs in a fresh manager made from the same arguments.
    __call__: (i, args) => {
      const o = self(i, args, '_GeneratorContextManager', '__call__');
      const decorated = args[1];
      const nameObj = i.getAttr(decorated, '__name__', false).value;
      const name = nameObj instanceof PyUnicodeObject ? nameObj.value : 'inner';
      heap.decref(nameObj);
      heap.incref(o);
      heap.incref(decorated);
      return i.nativeFunction(name, (i2, cargs, kwnames) => {
        const [, maker, made, names] = o.refs as PyObject[];
        const kw = names instanceof PyTupleObject ? names.items.map((n) => (n as PyUnicodeObject).value) : null;
        const fresh = newManager(i2, '_GeneratorContextManager', [callAny(i2, maker, (made as PyTupleObject).items, kw), own(i2, maker), own(i2, made), own(i2, names)]);
        try {
          return runInside(i2, fresh, () => callAny(i2, decorated, cargs, kwnames));
        } finally {
          heap.decref(fresh);
        }
      });
    },
    __enter__: (i, args) => {
      const o = self(i, args, '_GeneratorContextManager', '__enter__');
      const v = iterNext(i, o.refs[0] as PyObject);
      return v ?? i.raise('RuntimeError', "generator didn't yield");
    },
    __exit__: (i, args) => {
      const o = self(i, args, '_GeneratorContextManager', '__exit__');
      const gen = o.refs[0] as PyObject;
      const [typ, value] = [args[1] ?? i.rt.None, args[2] ?? i.rt.None];
      if (typ === i.rt.None) {
        const v = iterNext(i, gen);
        if (v === null) return i.bool(false);
        heap.decref(v);
        return i.raise('RuntimeError', "generator didn't stop");
      }
      const exc = value === i.rt.None ? callAny(i, typ, []) : own(i, value);
      try {
        let yielded: PyObject | null = null;
        const raised = capture(() => { yielded = callMethod(i, gen, 'throw', [exc]); });
        if (!raised) {
          heap.xdecref(yielded);
          return i.raise('RuntimeError', "generator didn't stop after throw()");
        }
        // StopIteration: the generator swallowed the exception (unless it was a StopIteration).
        if (raised.type.isSubtypeOf(i.excType('StopIteration'))) {
          heap.decref(raised);
          return i.bool(raised !== exc);
        }
        // The same exception came back out: the with statement re-raises it.
        if (raised === exc) {
          heap.decref(raised);
          return i.bool(false);
        }
        throw new PyError(raised);
      } finally {
        heap.decref(exc);
      }
    },
  };
}

function simpleMethods(): Record<string, Record<string, NativeImpl>> {
  return {
    suppress: {
      __enter__: (i) => i.none(),
      __exit__: (i, args) => {
        const o = self(i, args, 'suppress', '__exit__');
        const typ = args[1];
        if (!(typ instanceof PyTypeObject)) return i.bool(false);
        return i.bool((o.refs[0] as PyTupleObject).items.some((e) => e instanceof PyTypeObject && typ.isSubtypeOf(e)));
      },
    },
    nullcontext: {
      __enter__: (i, args) => own(i, self(i, args, 'nullcontext', '__enter__').refs[0] as PyObject),
      __exit__: (i) => i.none(),
    },
    closing: {
      __enter__: (i, args) => own(i, self(i, args, 'closing', '__enter__').refs[0] as PyObject),
      __exit__: (i, args) => {
        const r = callMethod(i, self(i, args, 'closing', '__exit__').refs[0] as PyObject, 'close');
        i.rt.heap.decref(r);
        return i.none();
      },
    },
    redirect_stdout: redirectMethods('stdout'),
    redirect_stderr: redirectMethods('stderr'),
  };
}

/**
 * `redirect_stdout(target)`: refs[0] is the target, refs[1] the streams replaced by each
 * `__enter__` (a list, as CPython's `_old_targets`); enter stores the target as `sys.stdout`.
 */
function redirectMethods(stream: 'stdout' | 'stderr'): Record<string, NativeImpl> {
  const name = stream === 'stdout' ? 'redirect_stdout' : 'redirect_stderr';
  const sysDict = (i: Interp) => (i.modules.get('sys') as PyModuleObject).dict;
  return {
    __enter__: (i, args) => {
      const o = self(i, args, name, '__enter__');
      const target = o.refs[0] as PyObject;
      const old = sysDict(i).get(stream) as PyObject;
      listAppend(i.rt, o.refs[1] as PyListObject, old);
      sysDict(i).set(stream, own(i, target)); // the dict's reference to `old` moved to the list
      return own(i, target);
    },
    __exit__: (i, args) => {
      const o = self(i, args, name, '__exit__');
      const old = (o.refs[1] as PyListObject).items.pop() as PyObject;
      const replaced = sysDict(i).get(stream);
      sysDict(i).set(stream, old);
      i.rt.heap.xdecref(replaced ?? null);
      return i.none();
    },
  };
}

/**
 * ExitStack: refs[0] is a list of callbacks, each a bound `__exit__` (or any callable taking the
 * exception triple, from `push`) or a tuple `(callable, args, kwargs-dict-or-None)` from `callback`.
 */
function exitStackMethods(interp: Interp): Record<string, NativeImpl> {
  const heap = interp.rt.heap;
  const stackOf = (i: Interp, args: PyObject[], method: string): PyListObject =>
    self(i, args, 'ExitStack', method).refs[0] as PyListObject;
  const unwind = (i: Interp, callbacks: PyListObject, received: PyBaseExceptionObject | null): boolean => {
    let pending = received;
    if (pending) heap.incref(pending);
    let suppressed = false;
    while (callbacks.items.length) {
      const cb = callbacks.items.pop() as PyObject;
      const raised = capture(() => {
        let r: PyObject;
        if (cb instanceof PyTupleObject) {
          const [fn, cargs, kw] = cb.items;
          const kwItems = kw instanceof PyTupleObject ? kw.items : [];
          const names = kwItems.filter((_, k) => k % 2 === 0).map((n) => (n as PyUnicodeObject).value);
          r = callAny(i, fn, [...(cargs as PyTupleObject).items, ...kwItems.filter((_, k) => k % 2 === 1)], names.length ? names : null);
        } else {
          const triple = pending ? [pending.type, pending, pending.traceback ?? i.rt.None] : [i.rt.None, i.rt.None, i.rt.None];
          r = callAny(i, cb, triple);
          if (pending && isTrue(i, r)) {
            heap.decref(pending);
            pending = null;
            suppressed = true;
          }
        }
        heap.decref(r);
      });
      heap.decref(cb);
      if (raised) {
        if (pending && !raised.context && raised !== pending) {
          raised.context = pending;
        } else if (pending) heap.decref(pending);
        pending = raised;
        suppressed = false;
      }
    }
    if (pending && pending !== received) throw new PyError(pending);
    if (pending) heap.decref(pending);
    return received !== null && suppressed;
  };
  return {
    __enter__: (i, args) => own(i, self(i, args, 'ExitStack', '__enter__')),
    __exit__: (i, args) => {
      const exc = args[2];
      return i.bool(unwind(i, stackOf(i, args, '__exit__'), exc instanceof PyBaseExceptionObject ? exc : null));
    },
    close: (i, args) => {
      unwind(i, stackOf(i, args, 'close'), null);
      return i.none();
    },
    // The callbacks move to a new stack; this one starts over empty.
    pop_all: (i, args) => {
      const o = self(i, args, 'ExitStack', 'pop_all');
      const moved = newManager(i, 'ExitStack', [o.refs[0] as PyObject]);
      o.refs[0] = newList(i.rt, []);
      return moved;
    },
    enter_context: (i, args) => {
      const callbacks = stackOf(i, args, 'enter_context');
      const cm = args[1];
      const enter = typeLookup(i, cm.type, '__enter__');
      const exit = typeLookup(i, cm.type, '__exit__');
      if (!enter || !exit) {
        return i.typeError(`'${cm.type.name}' object does not support the context manager protocol`);
      }
      const result = callAny(i, enter, [cm]);
      listAppend(i.rt, callbacks, bindMethod(i, exit, cm));
      return result;
    },
    push: (i, args) => {
      const callbacks = stackOf(i, args, 'push');
      const exit = typeLookup(i, args[1].type, '__exit__');
      listAppend(i.rt, callbacks, exit ? bindMethod(i, exit, args[1]) : own(i, args[1]));
      return own(i, args[1]);
    },
    callback: (i, args, kwnames) => {
      const callbacks = stackOf(i, args, 'callback');
      const nkw = kwnames ? kwnames.length : 0;
      const positional = args.slice(2, args.length - nkw);
      const kw = (kwnames ?? []).flatMap((n, k) => [own(i, internName(i, n)), own(i, args[args.length - nkw + k])]);
      for (const x of positional) heap.incref(x);
      const entry = newTuple(i.rt, [own(i, args[1]), newTuple(i.rt, positional), nkw ? newTuple(i.rt, kw) : i.none()]);
      listAppend(i.rt, callbacks, entry);
      return own(i, args[1]);
    },
  };
}

/** Creates the module (on first import). */
export function createContextlib(interp: Interp): PyModuleObject {
  const make = (name: Manager, refs: PyObject[]): PyObject => newManager(interp, name, refs);
  const tables: [Manager, Record<string, NativeImpl>][] = [
    ['_GeneratorContextManager', generatorMethods(interp)],
    ...Object.entries(simpleMethods()) as [Manager, Record<string, NativeImpl>][],
    ['ExitStack', exitStackMethods(interp)],
  ];
  for (const [name, methods] of tables) {
    const t = managerType(interp, name);
    for (const [m, impl] of Object.entries(methods)) interp.methods.define(t, m, impl);
  }
  const functions: Record<string, NativeImpl> = {
    contextmanager: (i, args) => {
      const func = args[0];
      const nameObj = i.getAttr(func, '__name__', false).value;
      const name = nameObj instanceof PyUnicodeObject ? nameObj.value : 'helper';
      i.rt.heap.decref(nameObj);
      // The wrapper keeps the generator function alive (CPython's closure cell does).
      i.rt.heap.incref(func);
      return i.nativeFunction(name, (i2, cargs, kwnames) => {
        const gen = callAny(i2, func, cargs, kwnames);
        for (const a of cargs) i2.rt.heap.incref(a);
        const names = kwnames ? newTuple(i2.rt, kwnames.map((k) => own(i2, internName(i2, k)))) : i2.none();
        return make('_GeneratorContextManager', [gen, own(i2, func), newTuple(i2.rt, [...cargs]), names]);
      });
    },
    suppress: (i, args) => {
      for (const x of args) i.rt.heap.incref(x);
      return make('suppress', [newTuple(i.rt, [...args])]);
    },
    nullcontext: (i, args) => make('nullcontext', [own(i, args[0] ?? i.rt.None)]),
    closing: (i, args) => make('closing', [own(i, args[0])]),
    ExitStack: (i) => make('ExitStack', [newList(i.rt, [])]),
    redirect_stdout: (i, args) => make('redirect_stdout', [own(i, args[0] ?? i.rt.None), newList(i.rt, [])]),
    redirect_stderr: (i, args) => make('redirect_stderr', [own(i, args[0] ?? i.rt.None), newList(i.rt, [])]),
  };
  const m = interp.defineModule('contextlib', functions);
  addLazySourceNames(interp, m, { name: 'contextlib', source: CONTEXTLIB_SOURCE, publicNames: CONTEXTLIB_SOURCE_NAMES });
  return m;
}
