/**
 * The runtime half of PEP 695 (Objects/typevarobject.c, 3.12–3.13): the CALL_INTRINSIC_1/2
 * functions the compiler emits for generic defs, classes and `type` statements, and the objects
 * they make: `typing.TypeVar` / `ParamSpec` / `TypeVarTuple` (repr `T`, `Ts`, `P`: variance is
 * inferred), whose `__bound__`, `__constraints__` (and 3.13's `__default__`) are functions called
 * on first access and cached, and `typing.TypeAliasType` (`type A[T] = v`), whose `__value__` is
 * evaluated lazily the same way.
 *
 * Obscurity: sizes are CPython's getsizeof (TypeVar 96/112, TypeVarTuple 56/72, ParamSpec 72/88,
 * TypeAliasType 72 on 3.12/3.13, test/oracle/typeParamsProbe.py); the parameters reuse
 * genericAlias.ts's `typevar` alias so `list[T]`, `T | None` and `Generic[T]` work unchanged.
 */
import type { PyFunctionObject } from '../../engine/objects/funcObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import type { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { newStr } from '../../engine/objects/unicodeObject';
import { type PyModuleObject } from '../runtime/moduleObject';
import { nativeType, newNativeObject, PyNativeObject } from '../modules/nativeObject';
import type { Interp } from '../runtime/interp';
import { callAny } from '../vm/callDispatch';
import { funcGetAttr } from './funcAttrs';
import { newAlias, subscriptArgs } from './genericAlias';
import { getItem } from './abstract';

type ParamKind = 'TypeVar' | 'ParamSpec' | 'TypeVarTuple';

/** getsizeof of each object on [3.12, 3.13]. */
const SIZES: Record<ParamKind | 'TypeAliasType', [number, number]> = {
  TypeVar: [96, 112], ParamSpec: [72, 88], TypeVarTuple: [56, 72], TypeAliasType: [72, 72],
};

function sizeOf(interp: Interp, kind: keyof typeof SIZES): number {
  return SIZES[kind][interp.rt.profile.version === '3.13' ? 1 : 0];
}

/** A value computed on first use by calling a function of no arguments (kept in the owner's refs). */
class Lazy {
  value: PyObject | null = null;
  constructor(public fn: PyObject | null) {}

  get(interp: Interp, owner: PyNativeObject, absent: () => PyObject): PyObject {
    if (!this.value) {
      this.value = this.fn ? callAny(interp, this.fn, []) : absent();
      owner.refs.push(this.value);
    }
    interp.rt.heap.incref(this.value);
    return this.value;
  }
}

interface ParamState { bound: Lazy; constraints: Lazy; default: Lazy; owner: PyNativeObject | null }
const params = new WeakMap<PyObject, ParamState>();

function newTypeParam(interp: Interp, kind: ParamKind, name: PyObject, bound: PyObject | null, constraints: PyObject | null): PyObject {
  const rt = interp.rt;
  const text = (name as PyUnicodeObject).value;
  const state: ParamState = { bound: new Lazy(bound), constraints: new Lazy(constraints), default: new Lazy(null), owner: null };
  const attr = (i: Interp, attrName: string): PyObject | null => {
    const owner = state.owner as PyNativeObject;
    switch (attrName) {
      case '__name__': return newStr(i.rt, text);
      case '__bound__': return kind === 'TypeVarTuple' ? null : state.bound.get(i, owner, () => i.none());
      case '__constraints__': return kind === 'TypeVar' ? state.constraints.get(i, owner, () => newTuple(i.rt, [])) : null;
      case '__covariant__': case '__contravariant__': return kind === 'TypeVarTuple' ? null : i.bool(false);
      case '__infer_variance__': return kind === 'TypeVarTuple' ? null : i.bool(true);
      case '__module__': return newStr(i.rt, 'typing');
      case 'has_default':
        if (i.rt.profile.version !== '3.13') return null;
        return i.nativeFunction('has_default', (j) => j.bool(state.default.fn !== null));
      case 'args': case 'kwargs': return kind === 'ParamSpec' ? paramSpecPart(i, owner, text, attrName) : null;
      case '__default__':
        if (i.rt.profile.version !== '3.13') return null;
        return state.default.get(i, owner, () => {
          const typing = i.importModule('typing') as PyModuleObject;
          i.rt.heap.decref(typing);
          const noDefault = typing.dict.get('NoDefault') ?? i.rt.None;
          i.rt.heap.incref(noDefault);
          return noDefault;
        });
      default: return null;
    }
  };
  const o = newAlias(interp, {
    kind: 'typevar', name: text, origin: null, args: [], subscript: null,
    param: { typeName: `typing.${kind}`, size: sizeOf(interp, kind), attr },
  });
  state.owner = o;
  for (const f of [bound, constraints]) if (f) { rt.heap.incref(f); o.refs.push(f); }
  params.set(o, state);
  return o;
}

/** `P.args` / `P.kwargs`: a new typing.ParamSpecArgs / ParamSpecKwargs each time (56 bytes), equal by origin. */
function paramSpecPart(interp: Interp, origin: PyObject, name: string, part: 'args' | 'kwargs'): PyObject {
  interp.rt.heap.incref(origin);
  const typeName = part === 'args' ? 'typing.ParamSpecArgs' : 'typing.ParamSpecKwargs';
  const o = newNativeObject(interp, nativeType(interp, typeName, 56), [origin]);
  o.repr = () => `${name}.${part}`;
  o.getAttr = (i, attr) => {
    if (attr !== '__origin__') return null;
    i.rt.heap.incref(origin);
    return { value: origin, method: false };
  };
  o.compare = (_i, op, other) => {
    if (op !== 2 && op !== 3) return undefined;
    const same = other instanceof PyNativeObject && other.type === o.type && other.refs[0] === origin;
    return op === 2 ? same : !same;
  };
  return o;
}

/** `type Name[params] = value`: a TypeAliasType from the (name, params | None, value function) tuple. */
function newTypeAlias(interp: Interp, info: PyTupleObject): PyObject {
  const rt = interp.rt;
  const [name, typeParams, fn] = info.items;
  for (const x of info.items) rt.heap.incref(x);
  const o = newNativeObject(interp, nativeType(interp, 'typing.TypeAliasType', sizeOf(interp, 'TypeAliasType')), [name, typeParams, fn]);
  const value = new Lazy(fn);
  const generic = typeParams instanceof PyTupleObject;
  o.repr = () => (name as PyUnicodeObject).value;
  o.getAttr = (i, attr) => {
    const own = (v: PyObject) => { i.rt.heap.incref(v); return { value: v, method: false }; };
    switch (attr) {
      case '__name__': return own(name);
      case '__value__': return { value: value.get(i, o, () => i.none()), method: false };
      case '__type_params__': case '__parameters__': return generic ? own(typeParams) : { value: newTuple(i.rt, []), method: false };
      case '__module__': {
        const m = funcGetAttr(i, fn as PyFunctionObject, '__module__');
        return m ?? { value: i.none(), method: false };
      }
      default: return null;
    }
  };
  o.subscript = (i, key) => {
    if (!generic) return i.typeError('Only generic type aliases are subscriptable');
    return newAlias(i, { kind: 'types', name: (name as PyUnicodeObject).value, origin: o, args: subscriptArgs(key), subscript: null });
  };
  return o;
}

/** `Generic[*params]` for a generic class's implicit base (INTRINSIC_SUBSCRIPT_GENERIC); imports typing as CPython does. */
function subscriptGeneric(interp: Interp, typeParams: PyObject): PyObject {
  const typing = interp.importModule('typing') as PyModuleObject;
  try {
    return getItem(interp, typing.dict.get('Generic') as PyObject, typeParams);
  } finally {
    interp.rt.heap.decref(typing);
  }
}

/** CALL_INTRINSIC_1 TYPEVAR (7), PARAMSPEC (8), TYPEVARTUPLE (9), SUBSCRIPT_GENERIC (10), TYPEALIAS (11): a new reference. */
export function typeParamIntrinsic1(interp: Interp, arg: number, v: PyObject): PyObject | null {
  switch (arg) {
    case 7: return newTypeParam(interp, 'TypeVar', v, null, null);
    case 8: return newTypeParam(interp, 'ParamSpec', v, null, null);
    case 9: return newTypeParam(interp, 'TypeVarTuple', v, null, null);
    case 10: return subscriptGeneric(interp, v);
    case 11: return newTypeAlias(interp, v as PyTupleObject);
    default: return null;
  }
}

/** CALL_INTRINSIC_2 TYPEVAR_WITH_BOUND (2), _WITH_CONSTRAINTS (3), SET_FUNCTION_TYPE_PARAMS (4), SET_TYPEPARAM_DEFAULT (5). */
export function typeParamIntrinsic2(interp: Interp, arg: number, a: PyObject, b: PyObject): PyObject | null {
  const heap = interp.rt.heap;
  switch (arg) {
    case 2: return newTypeParam(interp, 'TypeVar', a, b, null);
    case 3: return newTypeParam(interp, 'TypeVar', a, null, b);
    case 4: {
      const f = a as PyFunctionObject;
      heap.incref(b);
      heap.xdecref(f.refs.typeParams);
      f.refs.typeParams = b;
      heap.incref(f);
      return f;
    }
    case 5: {
      const state = params.get(a);
      if (state && state.owner) {
        state.default.fn = b;
        heap.incref(b);
        state.owner.refs.push(b);
      }
      heap.incref(a);
      return a;
    }
    default: return null;
  }
}
