/**
 * Short labels for objects the engine knows by itself (numbers, strings, containers by length),
 * for snapshots taken without the interpreter's `repr`.
 */
import { PyDictObject } from './dictObject';
import { PyFloatObject } from './floatObject';
import { PyFunctionObject } from './funcObject';
import { PySetObject } from './setObject';
import { PyTypeObject } from './typeObject';
import { PyListObject } from './listObject';
import { bitLength, PyLongObject, type IntValue } from './longObject';
import type { PyObject } from './object';
import { PyTupleObject } from './tupleObject';
import { PyUnicodeObject } from './unicodeObject';

/** Longest label, in characters. */
const maxLabel = 40;

function nameOf(o: PyObject | null): string {
  return o instanceof PyUnicodeObject ? o.value : '?';
}

function intLabel(v: IntValue): string {
  if (typeof v === 'number' || (v < 0n ? -v : v) < SMALL_INT_LABEL) return String(v);
  return `<int of ${bitLength(v)} bits>`;
}

/** Ints below this are written out in labels (at most ~1233 digits before the cut). */
const SMALL_INT_LABEL = 1n << 4096n;

/** A label such as `3.5`, `'text'`, `list[3]`. */
export function describeObject(o: PyObject): string {
  let label: string;
  // A huge int or str is never turned into a whole JS string just to be cut to 40 characters.
  if (o instanceof PyLongObject) label = o.type.name === 'bool' ? (o.value ? 'True' : 'False') : intLabel(o.value);
  else if (o instanceof PyFloatObject) label = Number.isInteger(o.value) ? o.value.toFixed(1) : String(o.value);
  else if (o instanceof PyUnicodeObject) label = `'${o.value.slice(0, maxLabel)}'`;
  else if (o instanceof PyListObject) label = `list[${o.items.length}]`;
  else if (o instanceof PyTupleObject) label = `tuple[${o.items.length}]`;
  else if (o instanceof PyDictObject) label = `dict[${o.used}]`;
  else if (o instanceof PySetObject) label = `${o.type.name}[${o.used}]`;
  else if (o instanceof PyTypeObject) label = `<class '${o.name}'>`;
  else if (o instanceof PyFunctionObject) label = `<function ${nameOf(o.refs.qualname)}>`;
  else label = `<${o.type.name} object>`;
  return label.length > maxLabel ? `${label.slice(0, maxLabel - 1)}…` : label;
}
