/**
 * `queue` (Lib/queue.py, 3.11–3.13) for one thread: `Queue` (FIFO over a `collections.deque`),
 * `LifoQueue` (a list), `PriorityQueue` (a list kept as a heap with `heapq`), `SimpleQueue`, and
 * the `Empty` and `Full` exceptions. The container is the real object CPython keeps in `q.queue`,
 * so it is allocated and traced like any deque or list.
 *
 * A blocking `get()` on an empty queue (or `put()` on a full one, or `join()` with unfinished
 * tasks) waits on the thread scheduler (threadScheduler.ts): a thread parks until another thread
 * puts, takes or finishes the tasks; the main thread lets the parked threads run, and with none
 * able to end its wait (forever in CPython) the run ends with a deadlock error. A `timeout=`
 * limits the wait on the scheduler's simulated clock; when it passes, `queue.Empty`/`queue.Full`
 * is raised where the thread waits (Lib/queue.py's checks: a negative timeout is a ValueError,
 * `block=False` ignores it, `put` checks neither on an unbounded queue). CPython's queues are Python instances
 * (48 bytes on 3.12+, 56 on 3.11) that also hold a lock and three `threading.Condition`s; here each
 * is one native object of that size holding its container.
 */
import type { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import { newList } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr } from '../../engine/objects/unicodeObject';
import { isTrue, length } from '../objects/abstract';
import { createClass } from '../objects/typeCreate';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { PyError } from '../runtime/pyError';
import { blockOn, type Timeout } from './threadScheduler';
import { PyFloatObject } from '../../engine/objects/floatObject';
import { asDouble } from './moduleArgs';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { callMethod } from './callMethod';
import { newNativeObject, nativeType, type PyNativeObject } from './nativeObject';
import { bindArgs } from './pyArgs';

type Kind = 'Queue' | 'LifoQueue' | 'PriorityQueue' | 'SimpleQueue';

/** Per queue: its kind, maxsize (0: unbounded) and unfinished task count. */
interface QueueState { kind: Kind; maxsize: number; unfinished: number }

const states = new WeakMap<PyObject, QueueState>();

/** Creates the module (on first import). */
export function createQueue(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const heap = rt.heap;
  const ns = (): Map<string, PyObject> => new Map<string, PyObject>([['__module__', newStr(rt, 'queue')]]);
  const emptyType = createClass(interp, 'Empty', [interp.excType('Exception')], ns());
  const fullType = createClass(interp, 'Full', [interp.excType('Exception')], ns());
  const heapq = interp.importModule('heapq') as PyModuleObject;
  const heappush = heapq.dict.get('heappush') as PyObject;
  const heappop = heapq.dict.get('heappop') as PyObject;
  heap.decref(heapq);
  const types = new Map<Kind, PyTypeObject>();
  const typeOf = (kind: Kind): PyTypeObject => {
    let t = types.get(kind);
    if (!t) {
      t = nativeType(interp, kind === 'SimpleQueue' ? '_queue.SimpleQueue' : `queue.${kind}`, kind === 'SimpleQueue' ? 48 : rt.profile.version === '3.11' ? 56 : 48);
      types.set(kind, t);
      for (const [m, impl] of Object.entries(methods)) interp.methods.define(t, m, impl);
    }
    return t;
  };
  const raiseClass = (cls: PyTypeObject): never => {
    throw new PyError(callAny(interp, cls, []) as PyBaseExceptionObject);
  };
  const self = (i: Interp, args: PyObject[], method: string): [PyNativeObject, QueueState] => {
    const st = args[0] ? states.get(args[0]) : undefined;
    if (!st) return i.typeError(`descriptor '${method}' requires a queue object`);
    return [args[0] as PyNativeObject, st];
  };
  const size = (q: PyNativeObject): number => length(interp, q.refs[0] as PyObject);
  const blocking = (i: Interp, block: PyObject | undefined): boolean => block === undefined || isTrue(i, block);
  const full = (q: PyNativeObject, st: QueueState): boolean => st.maxsize > 0 && size(q) >= st.maxsize;
  const doPut = (q: PyNativeObject, st: QueueState, item: PyObject): PyObject => {
    const c = q.refs[0] as PyObject;
    heap.decref(st.kind === 'PriorityQueue' ? callAny(interp, heappush, [c, item]) : callMethod(interp, c, 'append', [item]));
    st.unfinished++;
    return interp.none();
  };
  const doGet = (q: PyNativeObject, st: QueueState): PyObject => {
    const c = q.refs[0] as PyObject;
    if (st.kind === 'PriorityQueue') return callAny(interp, heappop, [c]);
    return callMethod(interp, c, st.kind === 'LifoQueue' ? 'pop' : 'popleft');
  };
  // A blocking put/get waits on the thread scheduler (threadScheduler.ts) until another thread
  // makes room or puts an item; the item put is held while the thread is parked.
  // queue.py's `timeout`: None waits for ever, a negative number is refused, else a time limit
  // in seconds on the scheduler's clock, after which the wait raises Empty / Full.
  const timeLimit = (i: Interp, st: QueueState, timeout: PyObject | undefined): number | null => {
    if (timeout === undefined || timeout === rt.None) return null;
    if (!(timeout instanceof PyLongObject) && !(timeout instanceof PyFloatObject)) {
      if (st.kind === 'SimpleQueue') return i.typeError(`'${timeout.type.name}' object cannot be interpreted as an integer`);
      return i.typeError(`'<' not supported between instances of '${timeout.type.name}' and 'int'`);
    }
    const secs = asDouble(i, timeout);
    if (secs < 0) i.raise('ValueError', "'timeout' must be a non-negative number");
    return secs;
  };
  const limit = (secs: number | null, cls: PyTypeObject): Timeout | null =>
    secs === null ? null : { ns: BigInt(Math.ceil(Math.min(secs, 1e12) * 1e9)), result: () => raiseClass(cls) };
  const put = (q: PyNativeObject, st: QueueState, item: PyObject, block: boolean, secs: number | null = null): PyObject => {
    if (!full(q, st)) return doPut(q, st, item);
    if (!block || secs === 0) raiseClass(fullType);
    heap.incref(item);
    const timeout = limit(secs, fullType);
    if (timeout) {
      const raise = timeout.result;
      timeout.result = () => {
        heap.decref(item);
        return raise();
      };
    }
    return blockOn(interp, 'put() on a full queue', () => {
      if (full(q, st)) return null;
      const r = doPut(q, st, item);
      heap.decref(item);
      return r;
    }, timeout);
  };
  const get = (q: PyNativeObject, st: QueueState, block: boolean, secs: number | null = null): PyObject => {
    if (size(q) > 0) return doGet(q, st);
    if (!block || secs === 0) raiseClass(emptyType);
    return blockOn(interp, 'get() on an empty queue', () => (size(q) > 0 ? doGet(q, st) : null), limit(secs, emptyType));
  };
  const methods: Record<string, NativeImpl> = {
    put: (i, args, kwnames) => {
      const [q, st] = self(i, args, 'put');
      const [item, block, timeout] = bindArgs(i, { qualname: `${st.kind}.put`, params: ['item', 'block', 'timeout'], required: 1 }, args.slice(1), kwnames);
      // Lib/queue.py checks block and timeout only for a bounded queue (SimpleQueue never).
      if (st.maxsize <= 0) return put(q, st, item as PyObject, true);
      const b = blocking(i, block);
      return put(q, st, item as PyObject, b, b ? timeLimit(i, st, timeout) : null);
    },
    put_nowait: (i, args, kwnames) => {
      const [q, st] = self(i, args, 'put_nowait');
      const [item] = bindArgs(i, { qualname: `${st.kind}.put_nowait`, params: ['item'], required: 1 }, args.slice(1), kwnames);
      return put(q, st, item as PyObject, false);
    },
    get: (i, args, kwnames) => {
      const [q, st] = self(i, args, 'get');
      const [block, timeout] = bindArgs(i, { qualname: `${st.kind}.get`, params: ['block', 'timeout'], required: 0 }, args.slice(1), kwnames);
      const b = blocking(i, block);
      return get(q, st, b, b ? timeLimit(i, st, timeout) : null);
    },
    get_nowait: (i, args) => {
      const [q, st] = self(i, args, 'get_nowait');
      return get(q, st, false);
    },
    qsize: (i, args) => newInt(rt, size(self(i, args, 'qsize')[0])),
    empty: (i, args) => i.bool(size(self(i, args, 'empty')[0]) === 0),
    full: (i, args) => {
      const [q, st] = self(i, args, 'full');
      return i.bool(st.maxsize > 0 && size(q) >= st.maxsize);
    },
    task_done: (i, args) => {
      const [, st] = self(i, args, 'task_done');
      if (st.unfinished <= 0) i.raise('ValueError', 'task_done() called too many times');
      st.unfinished--;
      return i.none();
    },
    join: (i, args) => {
      const [, st] = self(i, args, 'join');
      return blockOn(i, 'join() of a queue with unfinished tasks', () => (st.unfinished > 0 ? null : i.none()));
    },
  };
  const newDeque = (i: Interp): PyObject => {
    const collections = i.importModule('collections');
    try {
      return callMethod(i, collections, 'deque');
    } finally {
      heap.decref(collections);
    }
  };
  const make = (kind: Kind): NativeImpl => (i, args, kwnames) => {
    let maxsize = 0;
    if (kind !== 'SimpleQueue') {
      const [m] = bindArgs(i, { qualname: kind, params: ['maxsize'], required: 0 }, args, kwnames);
      if (m !== undefined && !(m instanceof PyLongObject)) return i.typeError(`'>' not supported between instances of '${m.type.name}' and 'int'`);
      maxsize = m === undefined ? 0 : Number(m.value);
    } else if (args.length) {
      i.typeError('SimpleQueue() takes no arguments');
    }
    const container = kind === 'Queue' || kind === 'SimpleQueue' ? newDeque(i) : newList(rt, []);
    const q = newNativeObject(i, typeOf(kind), [container, newInt(rt, maxsize)]);
    states.set(q, { kind, maxsize, unfinished: 0 });
    q.repr = () => `<${kind === 'SimpleQueue' ? '_queue' : 'queue'}.${kind} object at 0x${q.id.toString(16).padStart(12, '0')}>`;
    q.getAttr = (_i, name) => {
      const st = states.get(q) as QueueState;
      if (kind === 'SimpleQueue') return null;
      if (name === 'queue' || name === 'maxsize') {
        const v = q.refs[name === 'queue' ? 0 : 1] as PyObject;
        heap.incref(v);
        return { value: v, method: false };
      }
      if (name === 'unfinished_tasks') return { value: newInt(rt, st.unfinished), method: false };
      return null;
    };
    return q;
  };
  return interp.defineModule('queue', {
    Queue: make('Queue'), LifoQueue: make('LifoQueue'), PriorityQueue: make('PriorityQueue'), SimpleQueue: make('SimpleQueue'),
  }, { Empty: emptyType, Full: fullType });
}
