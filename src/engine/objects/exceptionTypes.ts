/**
 * The built-in exception hierarchy (Objects/exceptions.c, Lib/test/exception_hierarchy.txt): the
 * types the interpreter raises, with the extra fields that change their instances' size.
 */
import type { Runtime } from '../runtime';
import { makeExceptionType } from './exceptionObject';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** name, base, extra pointer fields beyond the base's (-1: from the profile). Sizes measured on 3.11–3.13
 * (test/oracle/exceptionHierarchy.py lists every class with its base and basicsize). */
const hierarchy: [string, string | null, number][] = [
  ['BaseException', null, 0],
  ['BaseExceptionGroup', 'BaseException', 2],
  ['GeneratorExit', 'BaseException', 0],
  ['KeyboardInterrupt', 'BaseException', 0],
  ['SystemExit', 'BaseException', 1],
  ['Exception', 'BaseException', 0],
  ['ArithmeticError', 'Exception', 0],
  ['FloatingPointError', 'ArithmeticError', 0],
  ['OverflowError', 'ArithmeticError', 0],
  ['ZeroDivisionError', 'ArithmeticError', 0],
  ['AssertionError', 'Exception', 0],
  ['AttributeError', 'Exception', 2],
  ['BufferError', 'Exception', 0],
  ['EOFError', 'Exception', 0],
  ['ImportError', 'Exception', -1],
  ['ModuleNotFoundError', 'ImportError', 0],
  ['LookupError', 'Exception', 0],
  ['IndexError', 'LookupError', 0],
  ['KeyError', 'LookupError', 0],
  ['MemoryError', 'Exception', 0],
  ['NameError', 'Exception', 1],
  ['UnboundLocalError', 'NameError', 0],
  ['OSError', 'Exception', 5],
  ['BlockingIOError', 'OSError', 0],
  ['ChildProcessError', 'OSError', 0],
  ['ConnectionError', 'OSError', 0],
  ['BrokenPipeError', 'ConnectionError', 0],
  ['ConnectionAbortedError', 'ConnectionError', 0],
  ['ConnectionRefusedError', 'ConnectionError', 0],
  ['ConnectionResetError', 'ConnectionError', 0],
  ['FileExistsError', 'OSError', 0],
  ['FileNotFoundError', 'OSError', 0],
  ['InterruptedError', 'OSError', 0],
  ['IsADirectoryError', 'OSError', 0],
  ['NotADirectoryError', 'OSError', 0],
  ['PermissionError', 'OSError', 0],
  ['ProcessLookupError', 'OSError', 0],
  ['TimeoutError', 'OSError', 0],
  ['ReferenceError', 'Exception', 0],
  ['RuntimeError', 'Exception', 0],
  ['NotImplementedError', 'RuntimeError', 0],
  ['RecursionError', 'RuntimeError', 0],
  ['StopAsyncIteration', 'Exception', 0],
  ['StopIteration', 'Exception', 1],
  ['SyntaxError', 'Exception', 8],
  ['IndentationError', 'SyntaxError', 0],
  ['TabError', 'IndentationError', 0],
  ['SystemError', 'Exception', 0],
  ['TypeError', 'Exception', 0],
  ['ValueError', 'Exception', 0],
  ['UnicodeError', 'ValueError', 0],
  ['UnicodeDecodeError', 'UnicodeError', 5],
  ['UnicodeEncodeError', 'UnicodeError', 5],
  ['UnicodeTranslateError', 'UnicodeError', 5],
  ['Warning', 'Exception', 0],
  ['BytesWarning', 'Warning', 0],
  ['DeprecationWarning', 'Warning', 0],
  ['EncodingWarning', 'Warning', 0],
  ['FutureWarning', 'Warning', 0],
  ['ImportWarning', 'Warning', 0],
  ['PendingDeprecationWarning', 'Warning', 0],
  ['ResourceWarning', 'Warning', 0],
  ['RuntimeWarning', 'Warning', 0],
  ['SyntaxWarning', 'Warning', 0],
  ['UnicodeWarning', 'Warning', 0],
  ['UserWarning', 'Warning', 0],
];

/** Creates every built-in exception type, by name. */
export function makeExceptionHierarchy(rt: Runtime): Map<string, PyTypeObject> {
  const types = new Map<string, PyTypeObject>();
  for (const [name, base, extra] of hierarchy) {
    const baseType = base === null ? null : (types.get(base) as PyTypeObject);
    const inherited = baseType ? (baseType.basicsize - 72) / 8 : 0;
    // ImportError gained `name_from` in 3.12: its size comes from the profile.
    const own = extra >= 0 ? extra : (rt.profile.importErrorBasicSize - 72) / 8;
    types.set(name, makeExceptionType(rt, name, baseType, inherited + own));
  }
  // ExceptionGroup(BaseExceptionGroup, Exception): made by PyErr_NewException, a heap type whose
  // weakref list is a slot in 3.11 (basicsize 96) and in the managed pre-header from 3.12 (88 + 16).
  const group = types.get('BaseExceptionGroup') as PyTypeObject;
  const managed = rt.profile.versionInfo[1] >= 12;
  const eg = makeExceptionType(rt, 'ExceptionGroup', group, (group.basicsize - 72) / 8 + (managed ? 0 : 1), managed ? TPFLAGS.MANAGED_WEAKREF : 0);
  const baseException = types.get('BaseException') as PyTypeObject;
  eg.mro = [eg, group, types.get('Exception') as PyTypeObject, baseException, ...(baseException.base ? [baseException.base] : [])];
  types.set('ExceptionGroup', eg);
  if (rt.profile.versionInfo[1] >= 13) {
    types.set('PythonFinalizationError', makeExceptionType(rt, 'PythonFinalizationError', types.get('RuntimeError') as PyTypeObject, 0));
  }
  return types;
}
