/**
 * A built-in type's `tp_subclasses` dict (address int → weakref) under the Compare runner: it
 * already holds what the runner's startup subclassed (bool and IntEnum for int, the stdlib's
 * exceptions...), so a class statement's entry sometimes finds the keys full and `insertdict`
 * resizes them: the new keys block (general keys, `used * 3` slots) is charged to the class line,
 * and the first subclass of a type that had none creates the dict and its 8-slot keys.
 * Measured per version by test/oracle/builtinSubclassDicts.py: the entries used and the usable
 * entries left at the first line, or null for no dict. Only the fill is modelled (the entries
 * themselves are the `subclasses` list of the type).
 *
 * Library classes (abc.ABC, enum.Enum, unittest.TestCase...) are heap types with a real dict here,
 * but CPython's already holds what its module and the runner's startup subclassed, which the
 * simulation's modules do not all build, so a script's first subclass was charged a new dict and
 * keys CPython did not allocate. Those measured (test/oracle/librarySubclassDicts.py, keyed
 * `module.qualname`) take the same fill model for the script's own subclasses.
 */
import measured from '../profile/builtinSubclassDicts.json';
import measuredLibrary from '../profile/librarySubclassDicts.json';
import { calculateLog2Keysize, dictKeysSize, growthRate, usableFraction } from './layout/dictLayout';
import { newDict } from './dictObject';
import type { PyTypeObject } from './typeObject';
import type { Runtime } from '../runtime';

interface SubclassDictFill {
  used: number;
  usable: number;
  /** The keys block the simulation allocated (0: the startup's, untraced and never freed here). */
  keysAddress: number;
  /** Whether the dict exists. */
  exists: boolean;
}

const fills = new WeakMap<Runtime, Map<string, SubclassDictFill>>();

/** Loads the runner's measured fills for `rt`'s version (called by the runner's startup calibration). */
export function calibrateBuiltinSubclassDicts(rt: Runtime): void {
  type Fills = Record<string, Record<string, [number, number] | null>>;
  const version = rt.profile.version;
  const byName = { ...(measured as unknown as Fills)[version], ...(measuredLibrary as unknown as Fills)[version] };
  const map = new Map<string, SubclassDictFill>();
  for (const [name, m] of Object.entries(byName)) {
    map.set(name, m ? { used: m[0], usable: m[1], keysAddress: 0, exists: true } : { used: 0, usable: 0, keysAddress: 0, exists: false });
  }
  fills.set(rt, map);
}

/**
 * Whether a script's subclass of the library class `module.qualname` takes the measured fill
 * model: only for a measured base, and not for the subclasses a library module makes of its own
 * classes while it is imported (CPython's measurement already counts those).
 */
export function libraryFillApplies(rt: Runtime, key: string, subclassModule: string, baseModule: string): boolean {
  return subclassModule !== baseModule && rt.heap.memory.line !== 0 && fills.get(rt)?.has(key) === true;
}

/**
 * `add_subclass` on a built-in (static) `base`, or on a measured library class (`key` is its
 * `module.qualname`): the entry's insertion into its dict (new keys when full).
 */
export function builtinSubclassAdded(rt: Runtime, base: PyTypeObject, key: string = base.name): void {
  const fill = fills.get(rt)?.get(key);
  if (!fill) return;
  const memory = rt.heap.memory;
  if (!fill.exists) {
    // PyDict_New, then insert_to_emptydict's new keys (PyDict_MINSIZE, general). Kept forever.
    newDict(rt);
    fill.exists = true;
    fill.usable = usableFraction(8);
    fill.keysAddress = memory.objectMalloc(dictKeysSize(3, 'general'), 'dict keys');
  } else if (fill.usable === 0) {
    const log2 = calculateLog2Keysize(growthRate(fill.used));
    const address = memory.objectMalloc(dictKeysSize(log2, 'general'), 'dict keys');
    if (fill.keysAddress !== 0) memory.free(fill.keysAddress, 'dict keys', 'obj');
    fill.keysAddress = address;
    fill.usable = usableFraction(2 ** log2) - fill.used;
  }
  fill.used++;
  fill.usable--;
}

/** `remove_subclass` on a built-in or measured library `base`: the entry becomes a dummy (its slot stays used up). */
export function builtinSubclassRemoved(rt: Runtime, base: PyTypeObject, key: string = base.name): void {
  const fill = fills.get(rt)?.get(key);
  if (fill) fill.used--;
}
