/**
 * `inspect` (Lib/inspect.py, 3.11–3.13), the commonly used part, written in Python and run by
 * the simulation on the first import (sourceModule.ts): the `is*` predicates, `getmembers`,
 * `getmro`, `signature` with `Signature`, `Parameter` and `BoundArguments`, `getdoc` and
 * `cleandoc`, `getsource`/`getsourcelines`/`getfile` for the script's own functions and classes
 * (read from the session's copy of the script, as CPython reads the file), `currentframe` and
 * `stack`, `getgeneratorstate`. A few natives read what Python code cannot see in the
 * simulation: a function's code facts (`_code_info`), the script's lines and whether a generator
 * has finished. Anything else of `inspect` stops the run naming it (`_unsupported`).
 *
 * Obscurity: CPython finds a function's source from `co_firstlineno` (the first decorator's line)
 * to the end of its indented block; a class's from its `class` statement (3.11/3.12 search the
 * source by qualified name; 3.13 reads `__firstlineno__`): both are the same line for a class
 * defined once, which is what the scan below looks for.
 */
import { newDict } from '../../../engine/objects/dictObject';
import { PyFunctionObject } from '../../../engine/objects/funcObject';
import { PyGenObject } from '../../../engine/objects/genObject';
import { newInt } from '../../../engine/objects/longObject';
import type { PyObject } from '../../../engine/objects/object';
import { newTuple } from '../../../engine/objects/tupleObject';
import { newStr } from '../../../engine/objects/unicodeObject';
import { CO_FLAGS } from '../../compiler/codeObject';
import type { Interp } from '../../runtime/interp';
import type { PyModuleObject } from '../../runtime/moduleObject';
import { UnsupportedError } from '../../runtime/pyError';
import type { PyCodeObject } from '../../vm/loadedCode';
import { INSPECT_SIGNATURE_SOURCE } from './inspectSignatureSource';
import { mappingProxyFunction, runSourceModule } from './sourceModule';

const INSPECT_SOURCE = String.raw`
import sys
import enum


def _f():
    pass


class _C:
    def _m(self):
        pass


def _g():
    yield


_FunctionType = type(_f)
_MethodType = type(_C()._m)
_BuiltinFunctionType = type(len)
_ModuleType = type(sys)
_gen = _g()
_GeneratorType = type(_gen)
del _gen


def ismodule(object):
    return isinstance(object, _ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _MethodType)


def isfunction(object):
    return isinstance(object, _FunctionType)


def isbuiltin(object):
    return isinstance(object, _BuiltinFunctionType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def _code_kind(f):
    while ismethod(f):
        f = f.__func__
    info = _code_info(f)
    return None if info is None else info[6]


def isgeneratorfunction(obj):
    return _code_kind(obj) == 'generator'


def iscoroutinefunction(obj):
    return _code_kind(obj) == 'coroutine'


def isasyncgenfunction(obj):
    return _code_kind(obj) == 'asyncgen'


def isgenerator(object):
    return isinstance(object, _GeneratorType)


def iscoroutine(object):
    return type(object).__name__ == 'coroutine'


def isawaitable(object):
    return iscoroutine(object) or hasattr(type(object), '__await__')


def isabstract(object):
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', False))


def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    owners = (object,) + object.__mro__ if isclass(object) else ()
    found = {}
    for name in dir(object):
        if name in found:
            continue
        try:
            value = getattr(object, name)
        except AttributeError:
            holders = [o.__dict__[name] for o in owners if name in o.__dict__]
            if not holders:
                continue
            value = holders[0]
        if predicate is None or predicate(value):
            found[name] = value
    return sorted(found.items(), key=lambda item: item[0])


def getattr_static(obj, attr, default=None):
    if isclass(obj):
        klasses = (obj,) + obj.__mro__
    else:
        try:
            d = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            d = {}
        if attr in d:
            return d[attr]
        klasses = type(obj).__mro__
    for k in klasses:
        if attr in k.__dict__:
            return k.__dict__[attr]
    if default is not None:
        return default
    raise AttributeError(attr)


def unwrap(func):
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
    return func


def cleandoc(doc):
    rows = doc.expandtabs().split('\n')
    head, rest = rows[0].lstrip(), rows[1:]
    widths = [len(r) - len(r.lstrip()) for r in rest if r.strip()]
    cut = min(widths) if widths else 0
    rows = [head] + [r[cut:] for r in rest]
    while rows and not rows[-1].strip():
        rows.pop()
    while rows and not rows[0].strip():
        del rows[0]
    return '\n'.join(rows)


def _method_owner(obj):
    # (class, attribute name) where a method's or a function's inherited doc is looked up:
    # the instance's class for a bound method, the class a function's qualified name starts from.
    if ismethod(obj):
        bound_to = obj.__self__
        return (bound_to if isclass(bound_to) else type(bound_to)), obj.__func__.__name__
    if isfunction(obj):
        owner_name, dot, _ = obj.__qualname__.rpartition('.')
        owner = _func_globals(obj).get(owner_name) if dot else None
        if isclass(owner):
            return owner, obj.__name__
    return None, None


def _inherited_doc(obj):
    if isclass(obj):
        candidates = [klass.__doc__ for klass in obj.__mro__ if klass is not object]
    else:
        owner, name = _method_owner(obj)
        if owner is None:
            return None
        missing = object()
        candidates = []
        for klass in owner.__mro__:
            found = getattr(klass, name, missing)
            if found is not missing:
                candidates.append(found.__doc__)
    return next((doc for doc in candidates if doc is not None), None)


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getfile(object):
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if object.__module__ == '__main__':
            return _script_file()
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        return _code_info(object)[8]
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def _indent(line):
    return len(line) - len(line.lstrip())


def _block(lines, start):
    i = start
    while lines[i].lstrip().startswith('@'):
        i += 1
    base = _indent(lines[i])
    depth = 0
    end = i
    j = i
    while j < len(lines):
        text = lines[j]
        stripped = text.strip()
        if j > i and depth == 0 and stripped and not stripped.startswith('#') and _indent(text) <= base:
            break
        for ch in text.split('#')[0]:
            if ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth -= 1
        if stripped and not stripped.startswith('#'):
            end = j
        j += 1
        if j == i + 1 and depth == 0 and not text.rstrip().endswith(':') and not text.split('#')[0].rstrip().endswith(':'):
            break
    return lines[start:end + 1]


def _class_start(lines, qualname):
    parts = qualname.split('.')
    lo, hi, indent = 0, len(lines), 0
    found = None
    for part in parts:
        found = None
        for k in range(lo, hi):
            text = lines[k]
            s = text.lstrip()
            if _indent(text) < indent and s and k > lo:
                break
            if s.startswith('class ' + part) and s[6 + len(part):6 + len(part) + 1] in ('(', ':', ' ', '['):
                found = k
                break
        if found is None:
            return None
        lo = found + 1
        indent = _indent(lines[found]) + 1
    while found > 0 and lines[found - 1].lstrip().startswith('@'):
        found -= 1
    return found


def getsourcelines(object):
    object = unwrap(object)
    if ismethod(object):
        object = object.__func__
    filename = getfile(object)
    lines = _script_lines(filename)
    if lines is None:
        raise OSError('could not get source code')
    lines = list(lines)
    if isclass(object):
        start = _class_start(lines, object.__qualname__)
        if start is None:
            raise OSError('could not find class definition')
        return _block(lines, start), start + 1
    if isfunction(object):
        start = _code_info(object)[7] - 1
        if object.__name__ == '<lambda>':
            return [lines[start]], start + 1
        return _block(lines, start), start + 1
    _unsupported('getsourcelines() of a ' + type(object).__name__)


def getsource(object):
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


# stack()'s records: a named tuple of six fields (3.11+ also carry positions, not modelled).
import collections as _collections
FrameInfo = _collections.namedtuple('FrameInfo', 'frame filename lineno function code_context index')
del _collections


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    # Read in CPython's order: running, then suspended, then finished (no frame), else not started.
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    return GEN_CLOSED if _gen_finished(generator) else GEN_CREATED


def currentframe():
    return sys._getframe(1)


def stack(context=1):
    frame = sys._getframe(1)
    records = []
    while frame is not None:
        code = frame.f_code
        lines = _script_lines(code.co_filename)
        lineno = frame.f_lineno
        if lines is not None and context > 0 and 0 < lineno <= len(lines):
            start = max(0, min(lineno - 1 - (context - 1) // 2, len(lines) - context))
            ctx = list(lines[start:start + context])
            index = lineno - 1 - start
        else:
            ctx, index = None, None
        records.append(FrameInfo(frame, code.co_filename, lineno, code.co_name, ctx, index))
        frame = frame.f_back
    return records


` + INSPECT_SIGNATURE_SOURCE + String.raw`def _not_simulated(name):
    def stub(*args, **kwargs):
        _unsupported(name + '()')
    stub.__name__ = name
    return stub


getmodule = _not_simulated('getmodule')
getfullargspec = _not_simulated('getfullargspec')
getcallargs = _not_simulated('getcallargs')
getclosurevars = _not_simulated('getclosurevars')
getouterframes = _not_simulated('getouterframes')
getframeinfo = _not_simulated('getframeinfo')
getsourcefile = _not_simulated('getsourcefile')
getcomments = _not_simulated('getcomments')
`;

const PUBLIC = [
  'isfunction', 'ismethod', 'isclass', 'ismodule', 'isbuiltin', 'isgenerator', 'isgeneratorfunction',
  'iscoroutinefunction', 'iscoroutine', 'isasyncgenfunction', 'isabstract', 'isroutine', 'ismethoddescriptor',
  'isdatadescriptor', 'getmembers', 'getmro', 'signature', 'Signature', 'Parameter', 'BoundArguments',
  'getdoc', 'cleandoc', 'getsource', 'getsourcelines', 'getfile', 'getmodule', 'currentframe', 'stack',
  'FrameInfo', 'getattr_static', 'unwrap', 'isawaitable', 'getfullargspec', 'getcallargs', 'getclosurevars',
  'getouterframes', 'getframeinfo', 'getsourcefile', 'getcomments', 'formatannotation',
  'getgeneratorstate', 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED',
];

/** The natives the Python source calls (each a new reference). */
function natives(interp: Interp): Record<string, PyObject> {
  const rt = interp.rt;
  const codeInfo = interp.nativeFunction('_code_info', (i, args) => {
    const f = args[0];
    if (!(f instanceof PyFunctionObject)) return i.none();
    const code = (f.code as PyCodeObject).loaded.code;
    const n = code.argcount + code.kwonlyargcount + (code.flags & CO_FLAGS.VARARGS ? 1 : 0) + (code.flags & CO_FLAGS.VARKEYWORDS ? 1 : 0);
    const names = code.varnames.slice(0, n).map((s) => newStr(rt, s));
    const kind = code.flags & CO_FLAGS.ASYNC_GENERATOR ? 'asyncgen' : code.flags & CO_FLAGS.COROUTINE ? 'coroutine' : code.flags & CO_FLAGS.GENERATOR ? 'generator' : 'function';
    return newTuple(rt, [
      newInt(rt, code.argcount), newInt(rt, code.posonlyargcount), newInt(rt, code.kwonlyargcount), newTuple(rt, names),
      newInt(rt, code.flags & CO_FLAGS.VARARGS ? 1 : 0), newInt(rt, code.flags & CO_FLAGS.VARKEYWORDS ? 1 : 0),
      newStr(rt, kind), newInt(rt, code.firstlineno), newStr(rt, code.filename),
    ]);
  });
  const scriptLines = interp.nativeFunction('_script_lines', (i, args) => {
    const name = args[0];
    const script = i.script;
    if (!name || !('value' in name) || name.value !== script.filename) return i.none();
    return newTuple(rt, script.lines.map((l) => newStr(rt, `${l}\n`)));
  });
  const unsupported = interp.nativeFunction('_unsupported', (i, args) => {
    const what = args[0] && 'value' in args[0] ? String(args[0].value) : '?';
    throw new UnsupportedError(`inspect.${what}`, i.line);
  });
  const proxy = mappingProxyFunction(interp);
  const funcGlobals = interp.nativeFunction('_func_globals', (i, args) => {
    const g = args[0] instanceof PyFunctionObject ? args[0].refs.globals : null;
    const v = g ?? newDict(i.rt);
    if (g) i.rt.heap.incref(g);
    return v;
  });
  // A generator whose frame is gone (ran to the end, raised, or was closed): CPython's `gi_frame is None`.
  const genFinished = interp.nativeFunction('_gen_finished', (i, args) =>
    i.bool(args[0] instanceof PyGenObject && (args[0].state === 'completed' || !args[0].frame)));
  const scriptFile = interp.nativeFunction('_script_file', (i) => newStr(i.rt, i.script.filename));
  const mainModule = interp.nativeFunction('_main_module', (i) => {
    const m = i.modules.get('__main__');
    if (!m) return i.none();
    i.rt.heap.incref(m);
    return m;
  });
  return { _gen_finished: genFinished, _func_globals: funcGlobals, _script_file: scriptFile, _main_module: mainModule, _code_info: codeInfo, _script_lines: scriptLines, _unsupported: unsupported, _mappingproxy: proxy };
}

/** Creates the module (on first import). */
export function createInspect(interp: Interp): PyModuleObject {
  return runSourceModule(interp, { name: 'inspect', source: INSPECT_SOURCE, publicNames: PUBLIC, natives: natives(interp) });
}
