/**
 * The special forms of `typing` and their subscriptions (`ClassVar`, `ClassVar[int]`,
 * `dataclasses.InitVar[int]`…), as native objects that know which form they are, so dataclasses
 * can tell a ClassVar or InitVar annotation from a field's type (`_is_classvar`, `_is_initvar`).
 */
import type { PyObject } from '../../engine/objects/object';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { nativeType, newNativeObject, type PyNativeObject } from './nativeObject';

/** What a special form object is: its form's name and, once subscripted, its arguments. */
export interface FormInfo {
  form: string;
  args: PyObject[] | null;
}

const forms = new WeakMap<PyObject, FormInfo>();

/** The form `o` is (`ClassVar` for both `ClassVar` and `ClassVar[int]`), or null. */
export function formOf(o: PyObject): FormInfo | null {
  return forms.get(o) ?? null;
}

/**
 * A new native object of type `typeName` standing for `form` (with `args`, owned), printed as
 * `repr` and subscripted by `subscript` when given.
 */
export function newForm(interp: Interp, typeName: string, size: number, info: FormInfo, repr: string,
  subscript: ((interp: Interp, key: PyObject) => PyObject) | null = null): PyNativeObject {
  const o = newNativeObject(interp, nativeType(interp, typeName, size), info.args ? [...info.args] : []);
  forms.set(o, info);
  o.repr = () => repr;
  o.subscript = subscript;
  return o;
}

/** Whether annotation `a` names the form `form`: the object, a subscription, or a string spelling it (`'ClassVar[int]'`). */
export function annotationIs(a: PyObject, form: string, module: string): boolean {
  if (a instanceof PyUnicodeObject) return new RegExp(`^(${module}\\.)?${form}(\\[|$)`).test(a.value.trim());
  return formOf(a)?.form === form;
}

/** Marks `o` (a typing alias made elsewhere, `typing.ClassVar[int]`) as the form `info`. */
export function registerForm(o: PyObject, info: FormInfo): void {
  forms.set(o, info);
}
