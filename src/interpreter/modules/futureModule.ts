/**
 * `__future__` (Lib/__future__.py, 3.11–3.13): the feature records `from __future__ import
 * annotations` binds, plus `all_feature_names` and the `CO_*` compiler flags. The compiler reads
 * the features at compile time (`futureFeatures` in compiler.ts); the import at run time only binds
 * the names, as in CPython.
 *
 * Obscurity: CPython's `_Feature` is a Python class (instances 56 bytes on 3.11, 48 on 3.12+, plus
 * a `__dict__`); here each feature is one native object of that size holding its three values.
 */
import { newInt } from '../../engine/objects/longObject';
import { newList } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { newStr } from '../../engine/objects/unicodeObject';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';
import { newNativeObject, nativeType, type PyNativeObject } from './nativeObject';

type Release = [number, number, number, string, number];

/** name → optional release, mandatory release (null: None), compiler flag; in __future__.py's order. */
const FEATURES: [string, Release, Release | null, number][] = [
  ['nested_scopes', [2, 1, 0, 'beta', 1], [2, 2, 0, 'alpha', 0], 0x0010],
  ['generators', [2, 2, 0, 'alpha', 1], [2, 3, 0, 'final', 0], 0],
  ['division', [2, 2, 0, 'alpha', 2], [3, 0, 0, 'alpha', 0], 0x20000],
  ['absolute_import', [2, 5, 0, 'alpha', 1], [3, 0, 0, 'alpha', 0], 0x40000],
  ['with_statement', [2, 5, 0, 'alpha', 1], [2, 6, 0, 'alpha', 0], 0x80000],
  ['print_function', [2, 6, 0, 'alpha', 2], [3, 0, 0, 'alpha', 0], 0x100000],
  ['unicode_literals', [2, 6, 0, 'alpha', 2], [3, 0, 0, 'alpha', 0], 0x200000],
  ['barry_as_FLUFL', [3, 1, 0, 'alpha', 2], [4, 0, 0, 'alpha', 0], 0x400000],
  ['generator_stop', [3, 5, 0, 'beta', 1], [3, 7, 0, 'alpha', 0], 0x800000],
  ['annotations', [3, 7, 0, 'beta', 1], null, 0x1000000],
];

const FLAG_NAMES: Record<string, string> = {
  nested_scopes: 'CO_NESTED', generators: 'CO_GENERATOR_ALLOWED', division: 'CO_FUTURE_DIVISION',
  absolute_import: 'CO_FUTURE_ABSOLUTE_IMPORT', with_statement: 'CO_FUTURE_WITH_STATEMENT',
  print_function: 'CO_FUTURE_PRINT_FUNCTION', unicode_literals: 'CO_FUTURE_UNICODE_LITERALS',
  barry_as_FLUFL: 'CO_FUTURE_BARRY_AS_BDFL', generator_stop: 'CO_FUTURE_GENERATOR_STOP',
  annotations: 'CO_FUTURE_ANNOTATIONS',
};

function releaseText(r: Release | null): string {
  return r ? `(${r[0]}, ${r[1]}, ${r[2]}, '${r[3]}', ${r[4]})` : 'None';
}

function featureType(interp: Interp): PyTypeObject {
  return nativeType(interp, '__future__._Feature', interp.rt.profile.version === '3.11' ? 56 : 48);
}

/** Creates the module (on first import). */
export function createFuture(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const type = featureType(interp);
  const release = (r: Release | null): PyObject => {
    if (!r) return interp.none();
    return newTuple(rt, r.map((x) => (typeof x === 'string' ? newStr(rt, x) : newInt(rt, x))));
  };
  const own = (o: PyObject | null): PyObject => {
    const v = o ?? interp.rt.None;
    rt.heap.incref(v);
    return v;
  };
  const self = (i: Interp, args: PyObject[], method: string): PyNativeObject => {
    if (args[0]?.type !== type) i.typeError(`descriptor '${method}' requires a '_Feature' object`);
    return args[0] as PyNativeObject;
  };
  const methods: Record<string, NativeImpl> = {
    getOptionalRelease: (i, args) => own(self(i, args, 'getOptionalRelease').refs[0]),
    getMandatoryRelease: (i, args) => own(self(i, args, 'getMandatoryRelease').refs[1]),
  };
  for (const [m, impl] of Object.entries(methods)) interp.methods.define(type, m, impl);
  const values: Record<string, PyObject> = {};
  for (const [name, optional, mandatory, flag] of FEATURES) {
    const f = newNativeObject(interp, type, [release(optional), release(mandatory), newInt(rt, flag)]);
    f.repr = () => `_Feature(${releaseText(optional)}, ${releaseText(mandatory)}, ${flag})`;
    f.getAttr = (_i, attr) => {
      const k = ['optional', 'mandatory', 'compiler_flag'].indexOf(attr);
      return k < 0 ? null : { value: own(f.refs[k]), method: false };
    };
    values[name] = f;
    values[FLAG_NAMES[name]] = newInt(rt, flag);
  }
  values.all_feature_names = newList(rt, FEATURES.map(([name]) => newStr(rt, name)));
  return interp.defineModule('__future__', {}, values);
}
