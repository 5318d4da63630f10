/**
 * `asyncio.Queue`, `LifoQueue` and `PriorityQueue`. The observable facts (CPython 3.11–3.13):
 * `put_nowait` wakes the first waiting getter, `get_nowait` the first waiting putter, each
 * waiter popped from its line when woken (waiters.ts); a getter that fails (cancelled, timed
 * out) after being woken passes the wakeup on to the next getter when items remain; `join`
 * waits on an Event set when `task_done` brings the unfinished count to zero. FIFO takes from
 * the front, LIFO from the back, the priority queue keeps a heapq heap (heapqModule.ts, so
 * custom `__lt__` sees the same comparisons).
 *
 * The items live in a list object referenced by the queue (CPython's FIFO uses a deque: a known
 * difference of layout, not of behaviour). Reprs: `<Queue at 0x… maxsize=2 _queue=['a']
 * _getters[1] tasks=3>`; `str()` drops the address.
 */
import { listResize, newList, type PyListObject } from '../../../engine/objects/listObject';
import { newInt } from '../../../engine/objects/longObject';
import type { PyObject } from '../../../engine/objects/object';
import type { PyTypeObject } from '../../../engine/objects/typeObject';
import { reprOf } from '../../objects/repr';
import type { Interp } from '../../runtime/interp';
import type { NativeImpl } from '../../vm/callables';
import { heapPop, heapPush } from '../heapqModule';
import { asSize } from '../moduleArgs';
import { newNativeObject, type PyNativeObject } from '../nativeObject';
import { bindArgs } from '../pyArgs';
import { type Aio, raised } from './aio';
import { EventCore } from './locks';
import { newNativeCoro, type Body } from './nativeCoro';
import { WaiterQueue } from './waiters';

type Discipline = 'fifo' | 'lifo' | 'priority';

/** Refs slots of a queue object. */
const ITEMS = 0;
const MAXSIZE = 1;

/** One queue's state beside its Python object. */
class QueueCore {
  readonly getters = new WaiterQueue();
  readonly putters = new WaiterQueue();
  unfinished = 0;
  readonly finished: EventCore;
  readonly maxsize: number;

  constructor(readonly aio: Aio, readonly obj: PyNativeObject, readonly discipline: Discipline) {
    this.maxsize = asSize(aio.interp, obj.refs[MAXSIZE] as PyObject);
    this.finished = new EventCore(aio);
    this.finished.value = true;
  }

  get items(): PyListObject {
    return this.obj.refs[ITEMS] as PyListObject;
  }

  get size(): number {
    return this.items.items.length;
  }

  get full(): boolean {
    return this.maxsize > 0 && this.size >= this.maxsize;
  }

  putNowait(item: PyObject): void {
    const i = this.aio.interp;
    if (this.full) throw raised(this.aio, this.aio.queueFull);
    if (this.discipline === 'priority') heapPush(i, this.items, item);
    else {
      i.rt.heap.incref(item);
      const l = this.items;
      listResize(i.rt, l, l.items.length + 1);
      l.items.push(item);
    }
    this.unfinished++;
    this.finished.value = false;
    this.getters.popAndWake(i.rt.None);
  }

  getNowait(): PyObject {
    const i = this.aio.interp;
    if (!this.size) throw raised(this.aio, this.aio.queueEmpty);
    const l = this.items;
    let item: PyObject;
    if (this.discipline === 'priority') item = heapPop(i, l);
    else {
      const n = l.items.length;
      item = (this.discipline === 'fifo' ? l.items[0] : l.items[n - 1]) as PyObject;
      listResize(i.rt, l, n - 1);
      if (this.discipline === 'fifo') l.items.shift(); else l.items.pop();
    }
    this.putters.popAndWake(i.rt.None);
    return item;
  }

  *get(): Body {
    const none = this.aio.interp.rt.None;
    while (!this.size) {
      // A getter that fails after its wakeup hands the wakeup on while items remain.
      yield* this.getters.park(this.aio, false, (f) => {
        if (this.size && f.state !== 'CANCELLED') this.getters.popAndWake(none);
      });
    }
    return this.getNowait();
  }

  *put(item: PyObject): Body {
    const none = this.aio.interp.rt.None;
    try {
      while (this.full) {
        yield* this.putters.park(this.aio, false, (f) => {
          if (!this.full && f.state !== 'CANCELLED') this.putters.popAndWake(none);
        });
      }
      this.putNowait(item);
    } finally {
      this.aio.interp.rt.heap.decref(item);
    }
    return this.aio.interp.none();
  }

  taskDone(): void {
    if (this.unfinished <= 0) this.aio.interp.raise('ValueError', 'task_done() called too many times');
    this.unfinished--;
    if (this.unfinished === 0) this.finished.set();
  }

  *join(): Body {
    if (this.unfinished > 0) this.aio.interp.rt.heap.decref(yield* this.finished.wait());
    return this.aio.interp.none();
  }

  /** `Queue._format()`. */
  format(): string {
    const i = this.aio.interp;
    let s = `maxsize=${reprOf(i, this.obj.refs[MAXSIZE] as PyObject)}`;
    if (this.size) s += ` _queue=${reprOf(i, this.items)}`;
    if (this.getters.length) s += ` _getters[${this.getters.length}]`;
    if (this.putters.length) s += ` _putters[${this.putters.length}]`;
    if (this.unfinished) s += ` tasks=${this.unfinished}`;
    return s;
  }
}

/** Installs the three queue types' constructors and methods; returns the module's values. */
export function installQueues(aio: Aio, types: Record<Discipline, PyTypeObject>): Record<string, PyObject> {
  const i0 = aio.interp;
  const rt = i0.rt;
  const cores = new WeakMap<PyObject, QueueCore>();
  const core = (i: Interp, o: PyObject | undefined): QueueCore => {
    const q = o ? cores.get(o) : undefined;
    if (!q) return i.typeError('a Queue is required');
    return q;
  };
  const construct = (discipline: Discipline): NativeImpl => (i, args, kw) => {
    const t = types[discipline];
    const [maxsize] = bindArgs(i, { qualname: t.name, params: ['maxsize'], required: 0 }, args, kw);
    const m = maxsize ?? newInt(rt, 0);
    if (maxsize) rt.heap.incref(m);
    const o = newNativeObject(i, t, [newList(rt, []), m]);
    const q = new QueueCore(aio, o, discipline);
    cores.set(o, q);
    const address = (): string => `0x${o.id.toString(16)}`;
    o.repr = () => `<${t.name} at ${address()} ${q.format()}>`;
    o.str = () => `<${t.name} ${q.format()}>`;
    o.getAttr = (_i, name) => {
      if (name !== 'maxsize') return null;
      rt.heap.incref(o.refs[MAXSIZE] as PyObject);
      return { value: o.refs[MAXSIZE] as PyObject, method: false };
    };
    return o;
  };
  const methods: Record<string, NativeImpl> = {
    qsize: (i, args) => newInt(i.rt, core(i, args[0]).size),
    empty: (i, args) => i.bool(core(i, args[0]).size === 0),
    full: (i, args) => i.bool(core(i, args[0]).full),
    put_nowait: (i, args) => {
      core(i, args[0]).putNowait(args[1] as PyObject);
      return i.none();
    },
    get_nowait: (i, args) => core(i, args[0]).getNowait(),
    task_done: (i, args) => {
      core(i, args[0]).taskDone();
      return i.none();
    },
    get: (i, args) => newNativeCoro(i, aio.coroType, 'Queue.get', core(i, args[0]).get(), [args[0] as PyObject]),
    put: (i, args) => {
      const q = core(i, args[0]);
      rt.heap.incref(args[1] as PyObject);
      return newNativeCoro(i, aio.coroType, 'Queue.put', q.put(args[1] as PyObject), [args[0] as PyObject]);
    },
    join: (i, args) => newNativeCoro(i, aio.coroType, 'Queue.join', core(i, args[0]).join(), [args[0] as PyObject]),
  };
  for (const [m, impl] of Object.entries(methods)) i0.methods.define(types.fifo, m, impl);
  const values: Record<string, PyObject> = {};
  for (const [d, name] of [['fifo', 'Queue'], ['lifo', 'LifoQueue'], ['priority', 'PriorityQueue']] as const) {
    const impl = construct(d);
    i0.typeCalls.set(types[d], (i, _t, args, kw) => impl(i, args, kw));
    values[name] = types[d];
  }
  return values;
}
