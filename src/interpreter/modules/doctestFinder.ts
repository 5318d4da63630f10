/**
 * doctest's `DocTestFinder` (Lib/doctest.py, the same in 3.11–3.13): which docstrings of a module
 * are tests, under which names, and on which line of the file each docstring starts.
 *
 *   the module's own docstring                     NAME
 *   functions and classes defined in it            NAME.func, NAME.Class
 *   a class's methods, static/class methods,       NAME.Class.method, NAME.Class.Inner...
 *   properties and nested classes
 *
 * An object defined elsewhere (`from math import sqrt`) is left out: its `__module__` is not the
 * module's name. Each object is tested once (the first name it is found under), and the tests run
 * sorted by name. A decorated function counts when what it wraps (`__wrapped__`) is a function.
 */
import { dictCopy, dictItems, type PyDictObject } from '../../engine/objects/dictObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { PyDescrObject } from '../../engine/objects/descrObject';
import type { FunctionCode } from '../vm/callables';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { getAttrOrNull } from '../builtins/classBuiltins';
import { collect } from '../builtins/builtinFunctions';
import type { Interp } from '../runtime/interp';
import { callMethod } from './callMethod';
import { type DocExample, DocTestSyntax, parseExamples } from './doctestText';

/** One docstring's examples, ready to run. */
export interface DocTest {
  name: string;
  filename: string | null;
  /** The docstring's first line in the file (0-based), or null when it cannot be found. */
  lineno: number | null;
  examples: DocExample[];
  /** The namespace the examples run in (owned: a copy of the module's globals). */
  globs: PyDictObject;
}

/** Where the tests come from: the module's name, file and source lines. */
export interface TestSource {
  moduleName: string;
  filename: string | null;
  lines: string[];
}

const ROUTINE_TYPES = new Set(['function', 'builtin_function_or_method', 'method', 'method_descriptor', 'wrapper_descriptor', 'classmethod_descriptor']);

/** A string attribute of `o`, or null. */
function strAttr(interp: Interp, o: PyObject, name: string): string | null {
  const v = getAttrOrNull(interp, o, name);
  if (!v) return null;
  const s = v instanceof PyUnicodeObject ? v.value : null;
  interp.rt.heap.decref(v);
  return s;
}

/** `obj.__doc__` when a str, else ''; a property's is its doc argument or its getter's. */
function docOf(interp: Interp, obj: PyObject): string {
  if (obj instanceof PyDescrObject && obj.type.name === 'property') {
    const [fget, , , doc] = obj.refs;
    if (doc instanceof PyUnicodeObject) return doc.value;
    return fget ? strAttr(interp, fget, '__doc__') ?? '' : '';
  }
  return strAttr(interp, obj, '__doc__') ?? '';
}

/** `inspect.unwrap` then `inspect.isroutine`. */
function isRoutine(interp: Interp, o: PyObject): boolean {
  let cur = o;
  for (let depth = 0; depth < 100; depth++) {
    if (ROUTINE_TYPES.has(cur.type.name)) return true;
    if (cur instanceof PyTypeObject) return false;
    const inner = getAttrOrNull(interp, cur, '__wrapped__');
    if (!inner) return false;
    interp.rt.heap.decref(inner); // still referenced by the wrapper
    cur = inner;
  }
  return false;
}

/** `_find_lineno`'s docstring search: the first line from `from` that looks like a docstring's start. */
function docstringLine(lines: string[], from: number): number | null {
  const pat = /^(?:|.*:)\s*[\p{L}\p{N}_]*["']/u;
  for (let i = from; i < lines.length; i++) if (pat.test(lines[i])) return i;
  return null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `DocTestFinder._find_lineno`. */
function findLineno(interp: Interp, obj: PyObject, kind: 'module' | 'class' | 'other', hasDoc: boolean, lines: string[]): number | null {
  if (!hasDoc) return null;
  let start: number | null = null;
  if (kind === 'module') start = 0;
  else if (kind === 'class') {
    const pat = new RegExp(`^\\s*class\\s*${escapeRegExp(strAttr(interp, obj, '__name__') ?? '-')}(?![\\p{L}\\p{N}_])`, 'u');
    const at = lines.findIndex((l) => pat.test(l));
    if (at >= 0) start = at;
  } else {
    let fn = obj.type.name === 'method' ? getAttrOrNull(interp, obj, '__func__') : (interp.rt.heap.incref(obj), obj);
    // 3.13 looks through a property to its getter and through a decorated function's __wrapped__.
    const v13 = interp.rt.profile.versionInfo[1] >= 13;
    if (v13 && fn instanceof PyDescrObject && fn.type.name === 'property') {
      const fget = fn.refs[0];
      if (fget) interp.rt.heap.incref(fget);
      interp.rt.heap.decref(fn);
      fn = fget;
    }
    if (fn instanceof PyFunctionObject && v13) {
      for (let depth = 0; depth < 100; depth++) {
        const inner = getAttrOrNull(interp, fn, '__wrapped__');
        if (!inner) break;
        interp.rt.heap.decref(fn);
        fn = inner;
      }
    }
    if (fn instanceof PyFunctionObject && fn.code) start = (fn.code as FunctionCode).loaded.code.firstlineno - 1;
    if (fn) interp.rt.heap.decref(fn);
  }
  if (start === null) return null;
  return lines.length ? docstringLine(lines, start) : start + 1;
}

/** The (name, value) pairs of a class's `__dict__`, in order (new references). */
function classItems(interp: Interp, cls: PyObject): [string, PyObject][] {
  const proxy = getAttrOrNull(interp, cls, '__dict__');
  if (!proxy) return [];
  const items = callMethod(interp, proxy, 'items');
  interp.rt.heap.decref(proxy);
  const pairs = collect(interp, items);
  interp.rt.heap.decref(items);
  const out: [string, PyObject][] = [];
  for (const p of pairs) {
    if (p instanceof PyTupleObject && p.items[0] instanceof PyUnicodeObject) {
      interp.rt.heap.incref(p.items[1]);
      out.push([p.items[0].value, p.items[1]]);
    }
    interp.rt.heap.decref(p);
  }
  return out;
}

/**
 * `DocTestFinder.find`: the tests of `obj` (the module's globals dict for a whole module, or one
 * object) named from `name`, sorted. `globs` is copied for every test.
 */
export function findTests(
  interp: Interp, root: PyDictObject | PyObject, name: string, src: TestSource, globs: PyDictObject,
  opts: { recurse: boolean; excludeEmpty: boolean },
): DocTest[] {
  const rt = interp.rt;
  const tests: DocTest[] = [];
  const seen = new Set<PyObject>();
  const fromModule = (o: PyObject): boolean => o.type.name === 'property' || strAttr(interp, o, '__module__') === src.moduleName;

  const addTest = (obj: PyObject, testName: string, kind: 'module' | 'class' | 'other', doc: string): void => {
    if (opts.excludeEmpty && !doc) return;
    let examples: DocExample[];
    try {
      examples = parseExamples(doc, testName);
    } catch (e) {
      if (e instanceof DocTestSyntax) interp.raise('ValueError', e.message);
      throw e;
    }
    const lineno = findLineno(interp, obj, kind, doc !== '' || kind === 'module', src.lines);
    tests.push({ name: testName, filename: src.filename, lineno, examples, globs: dictCopy(rt, globs) });
  };
  const visit = (obj: PyObject, testName: string): void => {
    if (seen.has(obj)) return;
    seen.add(obj);
    const isClass = obj instanceof PyTypeObject;
    addTest(obj, testName, isClass ? 'class' : 'other', docOf(interp, obj));
    if (!isClass || !opts.recurse) return;
    for (const [key, raw] of classItems(interp, obj)) {
      let val = raw;
      if (raw.type.name === 'staticmethod' || raw.type.name === 'classmethod') {
        val = (raw as PyDescrObject).refs[0] ?? raw;
        rt.heap.incref(val);
        rt.heap.decref(raw);
      }
      try {
        if ((isRoutine(interp, val) || val instanceof PyTypeObject || val.type.name === 'property') && fromModule(val)) visit(val, `${testName}.${key}`);
      } finally {
        rt.heap.decref(val);
      }
    }
  };

  if (root.type === rt.types.dict) {
    const moduleDict = root as PyDictObject;
    const doc = dictItems(moduleDict).find((e) => e.hashKey === '__doc__')?.value;
    addTest(moduleDict, name, 'module', doc instanceof PyUnicodeObject ? doc.value : '');
    if (opts.recurse) {
      for (const e of dictItems(moduleDict)) {
        if (typeof e.hashKey !== 'string') continue;
        const val = e.value;
        if ((isRoutine(interp, val) || val instanceof PyTypeObject) && fromModule(val)) visit(val, `${name}.${e.hashKey}`);
      }
    }
  } else visit(root, name);
  return tests.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : (a.lineno ?? -1) - (b.lineno ?? -1)));
}
