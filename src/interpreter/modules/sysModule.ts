/**
 * The `sys` functions about memory and the interpreter: `getsizeof` (`__sizeof__` plus the
 * pre-header), `getrefcount` (the count including the argument's own reference, as in CPython),
 * `intern`, `getallocatedblocks`, the recursion limit, and `version_info` of the modelled version.
 */
import { newInt, PyLongObject, newIntFromSsize } from '../../engine/objects/longObject';
import { newFloat } from '../../engine/objects/floatObject';
import { newList } from '../../engine/objects/listObject';
import { newStructSeq, structSeqType } from '../objects/structSeq';
import { intern, newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { exactlyOne } from '../builtins/args';
import type { Interp } from '../runtime/interp';
import { debugMallocStatsText } from './debugMallocStats';
import { sysFrameFunctions } from './sysFrames';
import { sysStreams } from './sysStreams';
import { displayHook } from './displayHook';
import { defaultExceptHook } from './exceptHook';
import { defaultUnraisableHook } from '../runtime/unraisable';
import type { PyObject } from '../../engine/objects/object';
import { setIntMaxStrDigits } from '../objects/intStrLimit';
import { PyError } from '../runtime/pyError';
import { callAny } from '../vm/callDispatch';
import { withTpCallTemps } from '../vm/tpCallTemps';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { typeLookup } from '../objects/typeLookup';
import { callMethod } from './callMethod';

/** `sys.float_info` (an IEEE 754 double), in field order. */
const FLOAT_INFO: [string, number][] = [
  ['max', Number.MAX_VALUE], ['max_exp', 1024], ['max_10_exp', 308], ['min', 2.2250738585072014e-308], ['min_exp', -1021],
  ['min_10_exp', -307], ['dig', 15], ['mant_dig', 53], ['epsilon', Number.EPSILON], ['radix', 2], ['rounds', 1],
];

/**
 * `sys.flags` of `python3 script.py` with PYTHONHASHSEED=0 (the simulation's fixed str hashes):
 * every switch off, `int_max_str_digits` -1 on 3.11 (unset) and 4300 from 3.12.
 */
function sysFlags(interp: Interp): PyObject {
  const rt = interp.rt;
  const ints = ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
    'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated'];
  const fields = [...ints, 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits'];
  const values = [...ints.map(() => newInt(rt, 0)), interp.bool(false), newInt(rt, 0), newInt(rt, 0), interp.bool(false),
    newInt(rt, rt.profile.version === '3.11' ? -1 : 4300)];
  return newStructSeq(interp, structSeqType(interp, 'sys.flags', fields), values);
}

/** Defines the `sys` module. */
export function installSys(interp: Interp): void {
  const rt = interp.rt;
  const [major, minor, micro] = rt.profile.versionInfo;
  const versionInfo = newStructSeq(interp, structSeqType(interp, 'sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']),
    [newInt(rt, major), newInt(rt, minor), newInt(rt, micro), newStr(rt, 'final'), newInt(rt, 0)]);
  const intInfo = newStructSeq(interp, structSeqType(interp, 'sys.int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']),
    [newInt(rt, 30), newInt(rt, 4), newInt(rt, 4300), newInt(rt, 640)]);
  const floatInfo = newStructSeq(interp, structSeqType(interp, 'sys.float_info', FLOAT_INFO.map(([k]) => k)),
    FLOAT_INFO.map(([, v]) => (Number.isInteger(v) && Math.abs(v) < 1e6 ? newInt(rt, v) : newFloat(rt, v))));
  const sys = interp.defineModule('sys', {
    ...sysFrameFunctions(),
    displayhook: displayHook,
    excepthook: defaultExceptHook,
    unraisablehook: defaultUnraisableHook,
    // METH_VARARGS | METH_KEYWORDS in 3.11 to 3.13: the call packs its arguments into a tuple
    // (test/oracle/getsizeofArgsTuple.py), which the free list then keeps traced to the line.
    getsizeof: (i, args, kw) => withTpCallTemps(i, args, kw, () => sysGetSizeOf(i, exactlyOne(i, 'getsizeof', args.slice(0, 1), kw), args[1] ?? null)),
    getrefcount: (i, args, kw) => newInt(i.rt, exactlyOne(i, 'getrefcount', args, kw).refcnt),
    intern: (i, args, kw) => {
      const s = exactlyOne(i, 'intern', args, kw);
      if (!(s instanceof PyUnicodeObject) || s.type !== i.rt.types.str) return i.typeError(`intern() argument must be str, not ${s.type.name}`);
      i.rt.heap.incref(s);
      return intern(i.rt, s);
    },
    getallocatedblocks: (i) => newInt(i.rt, i.rt.obmalloc ? i.rt.obmalloc.getAllocatedBlocks() : i.rt.heap.live.size),
    _debugmallocstats: (i) => {
      const text = debugMallocStatsText(i.rt);
      if (text !== null) i.writeStderr(text);
      return i.none();
    },
    // sys.exit(status=None): raises SystemExit(status); the session ends the run with its code.
    exit: (i, args, kw) => {
      if (kw && kw.length) return i.typeError('sys.exit() takes no keyword arguments');
      if (args.length > 1) return i.typeError(`exit expected at most 1 argument, got ${args.length}`);
      throw new PyError(i.toException(callAny(i, i.excType('SystemExit'), args)));
    },
    getrecursionlimit: (i) => newInt(i.rt, i.requestedRecursionLimit),
    setrecursionlimit: (i, args, kw) => {
      const n = exactlyOne(i, 'setrecursionlimit', args, kw);
      if (!(n instanceof PyLongObject)) return i.typeError(`'${n.type.name}' object cannot be interpreted as an integer`);
      if (n.value > 2147483647) i.raise('OverflowError', 'Python int too large to convert to C int');
      if (n.value < 1) i.raise('ValueError', 'recursion limit must be greater or equal than 1');
      i.setRecursionLimit(Number(n.value));
      return i.none();
    },
    get_int_max_str_digits: (i) => newInt(i.rt, i.intMaxStrDigits),
    set_int_max_str_digits: (i, args, kw) => {
      const n = exactlyOne(i, 'set_int_max_str_digits', args, kw);
      if (!(n instanceof PyLongObject)) return i.typeError(`'${n.type.name}' object cannot be interpreted as an integer`);
      setIntMaxStrDigits(i, Number(n.value));
      return i.none();
    },
  }, {
    ...sysStreams(interp),
    // The streams the interpreter started with, kept when a script rebinds sys.stdout.
    __stdout__: sysStreams(interp).stdout,
    __stderr__: sysStreams(interp).stderr,
    version_info: versionInfo,
    flags: sysFlags(interp),
    int_info: intInfo,
    float_info: floatInfo,
    version: newStr(rt, `${major}.${minor}.${micro} (Python Heap Inspector simulation)`),
    maxsize: newInt(rt, 2n ** 63n - 1n),
    byteorder: newStr(rt, 'little'),
    platform: newStr(rt, 'linux'),
    modules: interp.modules.dict,
  });
  sys.fillLazy = (name) => {
    const argv = (name === 'argv' || name === null) && !sys.dict.has('argv') && makeArgv(interp, sys.dict);
    const warnoptions = (name === 'warnoptions' || name === null) && !sys.dict.has('warnoptions') && makeWarnOptions(interp, sys.dict);
    return argv || warnoptions;
  };
  // The original hooks, kept for a script that rebinds the live ones.
  for (const name of ['displayhook', 'excepthook', 'unraisablehook']) {
    const hook = sys.dict.get(name) as PyObject;
    rt.heap.incref(hook);
    sys.dict.set(`__${name}__`, hook);
  }
}

/** `sys.warnoptions`, the run's `-W` options (`['ignore']` under `-W ignore`), made on first lookup as `sys.argv` is. */
function makeWarnOptions(interp: Interp, names: Map<string, PyObject>): boolean {
  const heap = interp.rt.heap;
  const saved = heap.line;
  heap.line = 0;
  try {
    names.set('warnoptions', newList(interp.rt, interp.warnOptions.map((o) => newStr(interp.rt, o))));
  } finally {
    heap.line = saved;
  }
  return true;
}

/**
 * `sys.argv`, `[script path as given]`, made on its first lookup (CPython's exists from startup):
 * allocated as before the script's first line, so no line is charged for it, and not from the
 * list free list, whose calibrated fill stays the script's.
 */
function makeArgv(interp: Interp, names: Map<string, PyObject>): boolean {
  const heap = interp.rt.heap;
  const saved = heap.line;
  heap.line = 0;
  try {
    names.set('argv', newList(interp.rt, [newStr(interp.rt, interp.script.argv0)], 1, true));
  } finally {
    heap.line = saved;
  }
  return true;
}

/**
 * `sys.getsizeof(o[, default])` (`_PySys_GetSizeOf`): a class's own Python `__sizeof__` is called
 * and the pre-header added to what it returns; a TypeError from it gives `default` when passed.
 */
function sysGetSizeOf(interp: Interp, o: PyObject, dflt: PyObject | null): PyObject {
  const rt = interp.rt;
  if (!(typeLookup(interp, o.type, '__sizeof__') instanceof PyFunctionObject)) return newIntFromSsize(rt, o.type.getsizeof(o));
  let size: bigint;
  try {
    const r = callMethod(interp, o, '__sizeof__');
    try {
      if (!(r instanceof PyLongObject)) return interp.typeError('an integer is required');
      size = BigInt(r.value);
    } finally {
      rt.heap.decref(r);
    }
  } catch (e) {
    if (dflt && e instanceof PyError && e.exc.type.isSubtypeOf(interp.excType('TypeError'))) {
      rt.heap.decref(e.exc);
      rt.heap.incref(dflt);
      return dflt;
    }
    throw e;
  }
  if (size < 0n) return interp.raise('ValueError', '__sizeof__() should return >= 0');
  return newIntFromSsize(rt, Number(size) + o.type.preHeaderSize);
}
