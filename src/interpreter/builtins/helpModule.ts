/**
 * pydoc's `TextDoc.docmodule` (3.11–3.13) for the script's own modules: `__main__` and a module
 * imported from the script's folder. Sections NAME (with the docstring's synopsis line),
 * DESCRIPTION (the rest of it), CLASSES (the class tree, then each class's page), FUNCTIONS,
 * DATA (`name = repr`, cut at 70 columns), VERSION/DATE/AUTHOR/CREDITS, FILE; each section's
 * body indented by four, ending in a blank line.
 *
 * What is listed: the module's classes and Python functions whose `__module__` is the module
 * itself (`inspect.getmodule`), and any other value that is not a module, class or routine;
 * names starting with `_` are hidden (dunders show, but for pydoc's hidden set), and a module
 * with `__all__` lists only those names (dunders still show). The modules the simulation
 * implements (`math`, `enum`) and packages stop the run as unsupported: their docstrings and
 * contents are not measured.
 */
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { PyCFunctionObject } from '../../engine/objects/nativeObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { PyListObject } from '../../engine/objects/listObject';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { stdlibLocation } from '../modules/stdlibLocation';
import type { Interp } from '../runtime/interp';
import { PyModuleObject } from '../runtime/moduleObject';
import { UnsupportedError } from '../runtime/pyError';
import { getAttrOrNull } from './classBuiltins';
import { docClass, HIDDEN_NAMES } from './helpClass';
import { getDoc, indentText } from './helpDoc';
import { textRepr } from './helpRepr';
import { docRoutine } from './helpRoutine';
import { className, functionFacts, typeText } from './helpSignature';

/** `docmodule(m)`: the page, ending in a blank line. */
export function docModule(interp: Interp, m: PyModuleObject): string {
  const file = textAttr(interp, m, '__file__');
  // The script's own modules carry `__file__` in their dict; the simulated library's answer it
  // from their stand-in location (moduleDunders.ts).
  const own = m.dict.get('__file__');
  if (m.name !== '__main__' && (!(own instanceof PyUnicodeObject) || own.value === stdlibLocation(interp.rt, m.name))) {
    throw new UnsupportedError(`help() on module ${m.name}: the simulated standard library's docstrings are not part of the simulation`, interp.line);
  }
  if (m.dict.has('__path__')) throw new UnsupportedError(`help() on package ${m.name}`, interp.line);
  const all = allNames(m);
  const visible = (name: string): boolean => {
    if (HIDDEN_NAMES.includes(name)) return false;
    if (name.startsWith('__') && name.endsWith('__')) return true;
    return all ? all.includes(name) : !name.startsWith('_');
  };
  const classes: [string, PyTypeObject][] = [];
  const functions: [string, PyObject][] = [];
  const data: [string, PyObject][] = [];
  for (const name of [...m.dict.keys()].sort()) {
    const value = m.dict.get(name) as PyObject;
    if (value instanceof PyModuleObject) continue;
    if (value instanceof PyTypeObject) {
      if ((all || typeText(interp, value, '__module__') === m.name) && visible(name)) classes.push([name, value]);
    } else if (value instanceof PyFunctionObject) {
      if ((all || functionFacts(interp, value)?.module === m.name) && visible(name)) functions.push([name, value]);
    } else if (value instanceof PyCFunctionObject) {
      if (visible(name)) throw new UnsupportedError(`help() on module ${m.name}: it holds the built-in function ${name}`, interp.line);
    } else if (visible(name)) {
      data.push([name, value]);
    }
  }
  const { synopsis, rest } = splitDoc(getDoc(interp, m));
  let page = section(interp, 'NAME', synopsis ? `${m.name} - ${synopsis}` : m.name);
  if (rest) page += section(interp, 'DESCRIPTION', rest);
  if (classes.length) {
    const tree = classTree(interp, classes.map(([, c]) => c), m.name);
    page += section(interp, 'CLASSES', [tree, ...classes.map(([, c]) => docClass(interp, c))].join('\n'));
  }
  if (functions.length) page += section(interp, 'FUNCTIONS', functions.map(([name, f]) => docRoutine(interp, f, name, null, null)).join('\n'));
  if (data.length) page += section(interp, 'DATA', data.map(([name, v]) => dataLine(interp, name, v)).join('\n'));
  for (const [key, title] of [['__version__', 'VERSION'], ['__date__', 'DATE'], ['__author__', 'AUTHOR'], ['__credits__', 'CREDITS']]) {
    const v = m.dict.get(key);
    if (v) page += section(interp, title, v instanceof PyUnicodeObject ? versionText(v.value, key) : textRepr(interp, v));
  }
  return page + section(interp, 'FILE', file ?? '(built-in)');
}

/** `TextDoc.section`: the title, then the body indented and right-stripped, then a blank line. */
function section(interp: Interp, title: string, body: string): string {
  return `${title}\n${indentText(interp, body).trimEnd()}\n\n`;
}

/** `splitdoc`: a one-line doc is all synopsis; a first line followed by a blank one too, the rest after. */
function splitDoc(doc: string): { synopsis: string; rest: string } {
  const lines = doc.trim().split('\n');
  if (lines.length === 1) return { synopsis: lines[0], rest: '' };
  if (lines.length >= 2 && !lines[1].trimEnd()) return { synopsis: lines[0], rest: lines.slice(2).join('\n') };
  return { synopsis: '', rest: lines.join('\n') };
}

/** `__version__`'s RCS keyword markers (`$Revision: 1.2 $`) taken off. */
function versionText(text: string, key: string): string {
  if (key !== '__version__' || !text.startsWith('$Revision: ') || !text.endsWith('$')) return text;
  return text.slice(11, -1).trim();
}

/** `docother(value, name, maxlen=70)`: `name = repr`, the repr cut to fit with `...`. */
function dataLine(interp: Interp, name: string, value: PyObject): string {
  let repr = textRepr(interp, value);
  const chop = 70 - `${name} = ${repr}`.length;
  if (chop < 0) repr = `${repr.slice(0, chop)}...`;
  return `${name} = ${repr}`;
}

/**
 * `formattree(getclasstree(classes, unique=True))`: each class under its first base among the
 * listed classes (else under each base), bases not listed as roots, siblings sorted by module
 * and name; a class whose bases are not just its parent shows them in parentheses.
 */
function classTree(interp: Interp, classes: PyTypeObject[], modname: string): string {
  const children = new Map<PyTypeObject, PyTypeObject[]>();
  const roots: PyTypeObject[] = [];
  for (const c of classes) {
    const bases = basesOf(interp, c);
    if (!bases.length && !roots.includes(c)) roots.push(c);
    for (const parent of bases) {
      const list = children.get(parent) ?? [];
      if (!list.includes(c)) list.push(c);
      children.set(parent, list);
      if (classes.includes(parent)) break;
    }
  }
  for (const parent of children.keys()) if (!classes.includes(parent) && !roots.includes(parent)) roots.push(parent);
  const sortKey = (c: PyTypeObject): string => `${typeText(interp, c, '__module__')}\u0000${typeText(interp, c, '__name__')}`;
  const lines: string[] = [];
  const walk = (level: PyTypeObject[], parent: PyTypeObject | null, prefix: string): void => {
    for (const c of [...level].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0))) {
      const bases = basesOf(interp, c);
      const shown = bases.length && !(bases.length === 1 && bases[0] === parent) ? `(${bases.map((b) => className(interp, b, modname)).join(', ')})` : '';
      lines.push(`${prefix}${className(interp, c, modname)}${shown}`);
      const under = children.get(c);
      if (under) walk(under, c, `${prefix}    `);
    }
  };
  walk(roots, null, '');
  return `${lines.join('\n')}\n`;
}

function basesOf(interp: Interp, t: PyTypeObject): PyTypeObject[] {
  const bases = getAttrOrNull(interp, t, '__bases__');
  const items = bases instanceof PyTupleObject ? bases.items.filter((b): b is PyTypeObject => b instanceof PyTypeObject) : [];
  interp.rt.heap.xdecref(bases);
  return items;
}

function textAttr(interp: Interp, m: PyModuleObject, name: string): string | null {
  const v = getAttrOrNull(interp, m, name);
  const text = v instanceof PyUnicodeObject ? v.value : null;
  interp.rt.heap.xdecref(v);
  return text;
}

/** The module's `__all__` as names (a list or tuple of str), or null. */
function allNames(m: PyModuleObject): string[] | null {
  const v = m.dict.get('__all__');
  const items = v instanceof PyListObject || v instanceof PyTupleObject ? v.items : null;
  return items ? items.map((s) => (s instanceof PyUnicodeObject ? s.value : '')) : null;
}
