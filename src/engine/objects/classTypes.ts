/**
 * The static types behind classes and generators (bound methods, descriptors, generators), made
 * once per runtime on first use so the startup heap is unchanged for scripts that never use them.
 */
import type { Runtime } from '../runtime';
import { makeDescrType } from './descrObject';
import { makeGeneratorType } from './genObject';
import { makeMethodType } from './methodObject';
import type { PyTypeObject } from './typeObject';

/** The types, by role. */
export interface ClassTypes {
  method: PyTypeObject;
  staticmethod: PyTypeObject;
  classmethod: PyTypeObject;
  property: PyTypeObject;
  memberDescriptor: PyTypeObject;
  getsetDescriptor: PyTypeObject;
  generator: PyTypeObject;
  coroutine: PyTypeObject;
  asyncGenerator: PyTypeObject;
  super: PyTypeObject;
}

const cache = new WeakMap<Runtime, ClassTypes>();

/** The class-related static types of `rt`. */
export function classTypes(rt: Runtime): ClassTypes {
  let t = cache.get(rt);
  if (!t) {
    t = {
      method: makeMethodType(rt),
      staticmethod: makeDescrType(rt, 'staticmethod'),
      classmethod: makeDescrType(rt, 'classmethod'),
      property: makeDescrType(rt, 'property'),
      memberDescriptor: makeDescrType(rt, 'member_descriptor'),
      getsetDescriptor: makeDescrType(rt, 'getset_descriptor'),
      generator: makeGeneratorType(rt),
      coroutine: makeGeneratorType(rt, 'coroutine'),
      asyncGenerator: makeGeneratorType(rt, 'async_generator'),
      super: makeDescrType(rt, 'super'),
    };
    cache.set(rt, t);
  }
  return t;
}
