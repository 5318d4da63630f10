/**
 * `itertools` (Modules/itertoolsmodule.c, 3.11–3.13): each iterator is one GC object of its C
 * type's size (nativeObject.ts), holding the iterators and values it was given; `next` produces
 * what CPython's `tp_iternext` produces (new ints from `count`, new tuples from `product`,
 * `combinations`, `permutations`, `zip_longest`, `pairwise`, `groupby`'s `(key, _grouper)`).
 *
 * Obscurity: CPython's product/combinations/permutations/zip_longest/pairwise reuse their result
 * tuple when the caller dropped it (refcount 1); here each step allocates a fresh tuple.
 */
import { newInt, newIntFromSsize, PyLongObject, type IntValue } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { getIter, isTrue, iterNext } from '../objects/abstract';
import { binaryOp } from '../objects/numberProtocol';
import { compare } from '../objects/richCompare';
import { reprOf } from '../objects/repr';
import type { Interp } from '../runtime/interp';
import { indexValueOrNull } from '../objects/numberIndex';
import type { PyModuleObject } from '../runtime/moduleObject';
import { splitKeywords } from '../builtins/args';
import { collect } from '../builtins/builtinFunctions';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { markIteratorType, newNativeObject, nativeType, type PyNativeObject, typesForConstructors } from './nativeObject';
import { asSize } from './moduleArgs';
import { teeAndBatched } from './itertoolsTee';

/** `PY_SSIZE_T_MAX` / `PY_SSIZE_T_MIN` on 64-bit Linux. */
const SSIZE_MAX = 2n ** 63n - 1n;
const SSIZE_MIN = -(2n ** 63n);

/** `sys.getsizeof` of each iterator, 3.12 (3.11 and 3.13 differences in `sizeFor`). */
const SIZES: Record<string, number> = {
  count: 56, cycle: 64, repeat: 48, chain: 48, islice: 72, accumulate: 72, product: 72, permutations: 96,
  combinations: 80, zip_longest: 72, groupby: 88, _grouper: 48, starmap: 48, takewhile: 56, dropwhile: 56, pairwise: 48,
  compress: 48, filterfalse: 48, combinations_with_replacement: 80,
};

function sizeFor(interp: Interp, name: string): number {
  const v = interp.rt.profile.version;
  if (v === '3.11' && (name === 'accumulate' || name === 'groupby')) return SIZES[name] - 8;
  if (v === '3.13' && name === 'pairwise') return 56;
  return SIZES[name];
}

/** Creates the module (on first import). */
export function createItertools(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const heap = rt.heap;
  const make = (name: string, refs: (PyObject | null)[], next: (self: PyNativeObject) => PyObject | null): PyNativeObject => {
    const t = nativeType(interp, `itertools.${name}`, sizeFor(interp, name));
    markIteratorType(t);
    const o = newNativeObject(interp, t, refs);
    o.next = () => next(o);
    return o;
  };
  const iterOf = (o: PyObject): PyObject => getIter(interp, o);
  const tupleOf = (items: PyObject[]): PyObject => {
    for (const x of items) heap.incref(x);
    return newTuple(rt, items);
  };
  const call = (f: PyObject, args: PyObject[]): PyObject => callAny(interp, f, args);
  /** A chain over the iterables `sources` (an iterator, stolen) yields, each opened in turn. */
  const chainFrom = (sources: PyObject): PyNativeObject => make('chain', [sources, null], (self) => {
    for (;;) {
      if (!self.refs[1]) {
        const next = iterNext(interp, self.refs[0] as PyObject);
        if (next === null) return null;
        self.refs[1] = iterOf(next);
        heap.decref(next);
      }
      const v = iterNext(interp, self.refs[1] as PyObject);
      if (v !== null) return v;
      heap.decref(self.refs[1] as PyObject);
      self.refs[1] = null;
    }
  });

  const functions: Record<string, NativeImpl> = {
    count: (i, args, kwnames) => {
      const { positional, keywords } = splitKeywords(args, kwnames);
      const start = positional[0] ?? keywords.get('start') ?? null;
      const step = positional[1] ?? keywords.get('step') ?? null;
      const s = start ?? newInt(rt, 0);
      if (start) heap.incref(start);
      const st = step ?? newInt(rt, 1);
      if (step) heap.incref(step);
      // count_new's fast mode: an int start that fits a Py_ssize_t and a step equal to 1 keep the
      // count as a C integer (long_cnt cleared) and next() returns PyLong_FromSsize_t(cnt++), a new
      // int each time; otherwise next() returns the stored object and stores `cnt + step`.
      let cnt: IntValue | null = null;
      if (s instanceof PyLongObject && st instanceof PyLongObject && st.value === 1 && BigInt(s.value) >= SSIZE_MIN && BigInt(s.value) <= SSIZE_MAX) {
        cnt = s.value;
        heap.decref(s);
      }
      const o = make('count', [cnt === null ? s : null, st], (self) => {
        if (cnt !== null && BigInt(cnt) !== SSIZE_MAX) {
          const v = newIntFromSsize(rt, cnt);
          cnt = typeof cnt === 'number' && cnt < Number.MAX_SAFE_INTEGER ? cnt + 1 : BigInt(cnt) + 1n;
          return v;
        }
        if (cnt !== null) {
          // count_nextlong: at PY_SSIZE_T_MAX the count goes on as an int object.
          self.refs[0] = newIntFromSsize(rt, cnt);
          cnt = null;
        }
        const cur = self.refs[0] as PyObject;
        self.refs[0] = binaryOp(i, 0, cur, self.refs[1] as PyObject);
        return cur;
      });
      o.repr = () => {
        if (cnt !== null) return `count(${cnt})`;
        const stepObj = o.refs[1] as PyObject;
        const isOne = stepObj instanceof PyLongObject && stepObj.value === 1;
        return `count(${reprOf(i, o.refs[0] as PyObject)}${isOne ? '' : `, ${reprOf(i, stepObj)}`})`;
      };
      return o;
    },
    cycle: (i, args) => {
      const it = iterOf(args[0]);
      const saved: PyObject[] = [];
      let index = 0;
      let firstPass = true;
      return make('cycle', [it], () => {
        if (firstPass) {
          const v = iterNext(i, it);
          if (v !== null) {
            heap.incref(v);
            saved.push(v);
            return v;
          }
          firstPass = false;
        }
        if (saved.length === 0) return null;
        const v = saved[index++ % saved.length];
        heap.incref(v);
        return v;
      });
    },
    repeat: (i, args, kwnames) => {
      const { positional, keywords } = splitKeywords(args, kwnames);
      const obj = positional[0] ?? keywords.get('object');
      const timesObj = positional[1] ?? keywords.get('times');
      let times = timesObj ? Math.max(0, asSize(i, timesObj)) : -1;
      heap.incref(obj);
      const o = make('repeat', [obj], (self) => {
        if (times === 0) return null;
        if (times > 0) times--;
        heap.incref(self.refs[0] as PyObject);
        return self.refs[0];
      });
      o.repr = () => `repeat(${reprOf(i, o.refs[0] as PyObject)}${times >= 0 ? `, ${times}` : ''})`;
      return o;
    },
    chain: (_i, args) => {
      // chain_new: `source` is an iterator over the argument tuple.
      const sources = tupleOf([...args]);
      const it = iterOf(sources);
      heap.decref(sources);
      return chainFrom(it);
    },
    islice: (i, args) => {
      if (args.length < 2 || args.length > 4) i.typeError(`islice expected at most 4 arguments, got ${args.length}`);
      const idx = (o: PyObject | undefined, dflt: number): number => {
        if (!o || o === rt.None) return dflt;
        const v = indexValueOrNull(i, o);
        if (v === null || v < 0) i.raise('ValueError', args.length === 2 ? 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.' : 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
        return typeof v === 'number' ? v : Number.MAX_SAFE_INTEGER;
      };
      const [start, stop, step] = args.length === 2 ? [0, idx(args[1], Infinity), 1] : [idx(args[1], 0), idx(args[2], Infinity), idx(args[3], 1)];
      if (step === 0) i.raise('ValueError', 'Step for islice() must be a positive integer or None.');
      const it = iterOf(args[0]);
      let cnt = 0;
      let next = start;
      return make('islice', [it], (self) => {
        const src = self.refs[0];
        if (!src) return null;
        while (cnt < next) {
          const v = iterNext(i, src);
          if (v === null) return null;
          heap.decref(v);
          cnt++;
        }
        if (cnt >= stop) {
          self.refs[0] = null;
          heap.decref(src);
          return null;
        }
        const v = iterNext(i, src);
        if (v === null) return null;
        cnt++;
        next += step;
        if (next > stop) next = stop;
        return v;
      });
    },
    accumulate: (i, args, kwnames) => {
      const { positional, keywords } = splitKeywords(args, kwnames);
      const func = positional[1] ?? keywords.get('func') ?? null;
      const initial = keywords.get('initial') ?? null;
      const it = iterOf(positional[0]);
      if (func && func !== rt.None) heap.incref(func);
      let total: PyObject | null = initial && initial !== rt.None ? initial : null;
      if (total) heap.incref(total);
      let initialPending = total !== null;
      return make('accumulate', [it, func && func !== rt.None ? func : null], (self) => {
        if (initialPending) {
          initialPending = false;
          heap.incref(total as PyObject);
          return total;
        }
        const v = iterNext(i, it);
        if (v === null) return null;
        if (total === null) total = v;
        else {
          try {
            const f = self.refs[1];
            const r = f ? call(f, [total, v]) : binaryOp(i, 0, total, v);
            heap.decref(total);
            total = r;
          } finally {
            heap.decref(v);
          }
        }
        heap.incref(total);
        return total;
      });
    },
    product: (i, args, kwnames) => {
      const { positional, keywords } = splitKeywords(args, kwnames);
      const repeatObj = keywords.get('repeat');
      const repeat = repeatObj ? asSize(i, repeatObj) : 1;
      if (repeat < 0) i.raise('ValueError', 'repeat argument cannot be negative');
      const pools: PyObject[][] = [];
      const owned: PyObject[] = [];
      for (const p of positional) {
        const items = collect(i, p);
        owned.push(newTuple(rt, items));
        pools.push(items);
      }
      const all: PyObject[][] = [];
      for (let r = 0; r < repeat; r++) all.push(...pools);
      const indices = all.map(() => 0);
      let done = all.some((p) => p.length === 0);
      let first = true;
      return make('product', [...owned], () => {
        if (done) return null;
        if (!first) {
          let k = all.length - 1;
          for (; k >= 0; k--) {
            if (++indices[k] < all[k].length) break;
            indices[k] = 0;
          }
          if (k < 0) { done = true; return null; }
        }
        first = false;
        return tupleOf(all.map((p, k) => p[indices[k]]));
      });
    },
    permutations: (i, args, kwnames) => {
      const { positional, keywords } = splitKeywords(args, kwnames);
      const items = collect(i, positional[0]);
      const pool = newTuple(rt, items);
      const rObj = positional[1] ?? keywords.get('r');
      const n = items.length;
      const r = rObj && rObj !== rt.None ? asSize(i, rObj) : n;
      if (r < 0) i.raise('ValueError', 'r must be non-negative');
      const indices = [...Array(n).keys()];
      const cycles = [...Array(r).keys()].map((k) => n - k);
      let first = true;
      let done = r > n;
      return make('permutations', [pool], () => {
        if (done) return null;
        if (!first) {
          let k = r - 1;
          for (; k >= 0; k--) {
            cycles[k]--;
            if (cycles[k] === 0) {
              const [moved] = indices.splice(k, 1);
              indices.push(moved);
              cycles[k] = n - k;
            } else {
              const j = n - cycles[k];
              [indices[k], indices[j]] = [indices[j], indices[k]];
              break;
            }
          }
          if (k < 0) { done = true; return null; }
        }
        first = false;
        return tupleOf(indices.slice(0, r).map((x) => items[x]));
      });
    },
    combinations: (i, args, kwnames) => combinationsOf(i, 'combinations', args, kwnames, false),
    combinations_with_replacement: (i, args, kwnames) => combinationsOf(i, 'combinations_with_replacement', args, kwnames, true),
    zip_longest: (i, args, kwnames) => {
      const { positional, keywords } = splitKeywords(args, kwnames);
      const fill = keywords.get('fillvalue') ?? rt.None;
      heap.incref(fill);
      const its: (PyObject | null)[] = positional.map(iterOf);
      let active = its.length;
      return make('zip_longest', [...its, fill], (self) => {
        if (active === 0 || its.length === 0) return null;
        const out: PyObject[] = [];
        for (let k = 0; k < its.length; k++) {
          const it = its[k];
          let v = it ? iterNext(i, it) : null;
          if (v === null) {
            if (it) {
              active--;
              its[k] = null;
              self.refs[k] = null;
              heap.decref(it);
            }
            if (active === 0) {
              for (const x of out) heap.decref(x);
              return null;
            }
            heap.incref(fill);
            v = fill;
          }
          out.push(v);
        }
        return newTuple(rt, out);
      });
    },
    groupby: (i, args, kwnames) => {
      const { positional, keywords } = splitKeywords(args, kwnames);
      const keyfunc = positional[1] ?? keywords.get('key') ?? null;
      const it = iterOf(positional[0] ?? keywords.get('iterable') as PyObject);
      const kf = keyfunc && keyfunc !== rt.None ? keyfunc : null;
      if (kf) heap.incref(kf);
      // refs: it, keyfunc, tgtkey, currkey, currvalue (groupbyobject's fields).
      const self = make('groupby', [it, kf, null, null, null], () => null);
      const keyOf = (v: PyObject): PyObject => {
        if (!kf) { heap.incref(v); return v; }
        return call(kf, [v]);
      };
      const step = (): boolean => {
        const v = iterNext(i, it);
        if (v === null) return false;
        let k: PyObject;
        try {
          k = keyOf(v);
        } catch (e) {
          heap.decref(v);
          throw e;
        }
        heap.xdecref(self.refs[4]);
        heap.xdecref(self.refs[3]);
        self.refs[4] = v;
        self.refs[3] = k;
        return true;
      };
      let grouperId = 0;
      self.next = () => {
        grouperId++;
        for (;;) {
          if (self.refs[3] === null) {
            if (!step()) return null;
          } else if (self.refs[2] === null || !compare(i, 2, self.refs[2] as PyObject, self.refs[3] as PyObject)) break;
          else if (!step()) return null;
        }
        heap.xdecref(self.refs[2]);
        heap.incref(self.refs[3] as PyObject);
        self.refs[2] = self.refs[3];
        const myId = grouperId;
        heap.incref(self);
        heap.incref(self.refs[2] as PyObject);
        const grouper = newNativeObject(i, nativeType(i, 'itertools._grouper', sizeFor(i, '_grouper')), [self, self.refs[2]]);
        grouper.next = () => {
          if (myId !== grouperId) return null;
          if (self.refs[4] === null && !step()) return null;
          if (!compare(i, 2, grouper.refs[1] as PyObject, self.refs[3] as PyObject)) return null;
          const v = self.refs[4] as PyObject;
          self.refs[4] = null;
          heap.decref(self.refs[3] as PyObject);
          self.refs[3] = null;
          return v;
        };
        heap.incref(self.refs[2] as PyObject);
        return newTuple(rt, [self.refs[2] as PyObject, grouper]);
      };
      return self;
    },
    starmap: (i, args) => {
      const f = args[0];
      heap.incref(f);
      const it = iterOf(args[1]);
      return make('starmap', [f, it], () => {
        const v = iterNext(i, it);
        if (v === null) return null;
        try {
          const items = v instanceof PyTupleObject ? v.items : collect(i, v);
          const r = call(f, items);
          if (!(v instanceof PyTupleObject)) for (const x of items) heap.decref(x);
          return r;
        } finally {
          heap.decref(v);
        }
      });
    },
    takewhile: (i, args) => {
      const f = args[0];
      heap.incref(f);
      const it = iterOf(args[1]);
      let stopped = false;
      return make('takewhile', [f, it], () => {
        if (stopped) return null;
        const v = iterNext(i, it);
        if (v === null) return null;
        const ok = predicate(i, f, v);
        if (ok) return v;
        heap.decref(v);
        stopped = true;
        return null;
      });
    },
    dropwhile: (i, args) => {
      const f = args[0];
      heap.incref(f);
      const it = iterOf(args[1]);
      let dropping = true;
      return make('dropwhile', [f, it], () => {
        for (;;) {
          const v = iterNext(i, it);
          if (v === null) return null;
          if (!dropping) return v;
          if (!predicate(i, f, v)) {
            dropping = false;
            return v;
          }
          heap.decref(v);
        }
      });
    },
    filterfalse: (i, args) => {
      const f = args[0];
      heap.incref(f);
      const it = iterOf(args[1]);
      return make('filterfalse', [f, it], () => {
        for (;;) {
          const v = iterNext(i, it);
          if (v === null) return null;
          const keep = f === rt.None ? !isTrue(i, v) : !predicate(i, f, v);
          if (keep) return v;
          heap.decref(v);
        }
      });
    },
    compress: (i, args) => {
      const data = iterOf(args[0]);
      const sel = iterOf(args[1]);
      return make('compress', [data, sel], () => {
        for (;;) {
          const d = iterNext(i, data);
          if (d === null) return null;
          const s = iterNext(i, sel);
          if (s === null) { heap.decref(d); return null; }
          const ok = isTrue(i, s);
          heap.decref(s);
          if (ok) return d;
          heap.decref(d);
        }
      });
    },
    pairwise: (i, args) => {
      const it = iterOf(args[0]);
      return make('pairwise', [it, null], (self) => {
        if (self.refs[1] === null) {
          const first = iterNext(i, it);
          if (first === null) return null;
          self.refs[1] = first;
        }
        const v = iterNext(i, it);
        if (v === null) return null;
        const old = self.refs[1] as PyObject;
        heap.incref(v);
        self.refs[1] = v;
        return newTuple(rt, [old, v]);
      });
    },
  };

  function predicate(i: Interp, f: PyObject, v: PyObject): boolean {
    let r: PyObject;
    try {
      r = call(f, [v]);
    } catch (e) {
      heap.decref(v);
      throw e;
    }
    const ok = isTrue(i, r);
    heap.decref(r);
    return ok;
  }

  function combinationsOf(i: Interp, name: string, args: PyObject[], kwnames: string[] | null, replace: boolean): PyObject {
    const { positional, keywords } = splitKeywords(args, kwnames);
    const rObj = positional[1] ?? keywords.get('r');
    if (!rObj) i.typeError(`${name}() missing required argument 'r' (pos 2)`);
    const items = collect(i, positional[0]);
    const pool = newTuple(rt, items);
    const n = items.length;
    const r = asSize(i, rObj as PyObject);
    if (r < 0) i.raise('ValueError', 'r must be non-negative');
    const indices = replace ? Array<number>(r).fill(0) : [...Array(r).keys()];
    let first = true;
    let done = replace ? n === 0 && r > 0 : r > n;
    return make(name, [pool], () => {
      if (done) return null;
      if (!first) {
        let k = r - 1;
        if (replace) {
          while (k >= 0 && indices[k] === n - 1) k--;
          if (k < 0) { done = true; return null; }
          const v = indices[k] + 1;
          for (let j = k; j < r; j++) indices[j] = v;
        } else {
          while (k >= 0 && indices[k] === k + n - r) k--;
          if (k < 0) { done = true; return null; }
          indices[k]++;
          for (let j = k + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
        }
      }
      first = false;
      return tupleOf(indices.map((x) => items[x]));
    });
  }

  // Every constructor is the C type itself (`itertools.count` is `<class 'itertools.count'>`);
  // `chain.from_iterable` is a class method of chain.
  const types = typesForConstructors(interp, functions,
    Object.fromEntries(Object.keys(functions).map((name) => [name, nativeType(interp, `itertools.${name}`, sizeFor(interp, name))])));
  interp.methods.defineClassMethod(types.chain as PyTypeObject, 'from_iterable', (i, args) => {
    if (args.length !== 2) i.typeError(`chain.from_iterable() takes exactly one argument (${args.length - 1} given)`);
    return chainFrom(iterOf(args[1]));
  });
  const extra = teeAndBatched(interp);
  const extraTypes = typesForConstructors(interp, extra.functions, extra.types);
  const module = interp.defineModule('itertools', { ...functions, ...extra.functions }, { ...types, ...extraTypes });
  return module;
}
