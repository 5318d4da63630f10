/** The requests of creating one object of each built-in type from a single line. */
import type { VersionProfile } from '../../src/engine/profile/versionProfile';
import { bytearrayNew, bytearrayObjectRequest } from '../../src/engine/objects/layout/bytearrayLayout';
import { bytesRequest } from '../../src/engine/objects/layout/bytesLayout';
import { dictFromItems } from '../../src/engine/objects/layout/dictGrowth';
import { dictKeysSize, dictObjectRequest } from '../../src/engine/objects/layout/dictLayout';
import { miscTypeLayout, type MiscTypeName } from '../../src/engine/objects/layout/miscLayouts';
import { genericAllocRequest } from '../../src/engine/objects/layout/objectHeader';
import { setObjectRequest } from '../../src/engine/objects/layout/setLayout';
import { tupleRequest } from '../../src/engine/objects/layout/tupleLayout';
import { checkOracle, type FactModel } from './facts';

const alloc = (p: VersionProfile, name: MiscTypeName, nitems = 0): number => genericAllocRequest(miscTypeLayout(p, name), nitems);
const desc = (...xs: number[]): number[] => xs.filter((x) => x > 0).sort((a, b) => b - a);
/** A dict of n str keys as `dict_new_presized` + inserts build it: keys object and dict. */
const strDict = (n: number): number[] => {
  const d = dictFromItems(n, true);
  return d.keys ? [dictKeysSize(d.keys.log2Size, d.keys.kind), dictObjectRequest()] : [dictObjectRequest()];
};

const models: Record<string, FactModel> = {
  float: (p) => [alloc(p, 'float')],
  complex: (p) => [alloc(p, 'complex')],
  'bytes.10': () => [bytesRequest(10)],
  'tuple.2': () => [tupleRequest(2)],
  'tuple.3': () => [tupleRequest(3)],
  range: (p) => [alloc(p, 'range')],
  'set.literal1': () => [setObjectRequest()],
  'dict.literal1': () => strDict(1),
  lambda: (p) => [alloc(p, 'function')],
  method: (p) => [alloc(p, 'method')],
  listIterator: (p) => [alloc(p, 'list_iterator')],
  // the enumerate object, its cached 2-tuple result and the list iterator it wraps
  enumerate: (p) => desc(alloc(p, 'enumerate'), tupleRequest(2), alloc(p, 'list_iterator')),
  // `def g(): yield one`: co_nlocals 0 + co_stacksize (1 in 3.11, 2 after) frame slots
  generator: (p) => [alloc(p, 'generator', p.version === '3.11' ? 1 : 2)],
  exception: (p) => [alloc(p, 'BaseException')],
  weakref: (p) => [alloc(p, 'weakref')],
  property: (p) => [alloc(p, 'property')],
  // sm_init/cm_init copy __module__, __name__, __qualname__, __doc__ into a 4-key str dict
  staticmethod: (p) => desc(alloc(p, 'staticmethod'), ...strDict(4)),
  classmethod: (p) => desc(alloc(p, 'classmethod'), ...strDict(4)),
  'bytearray.3': () => desc(bytearrayObjectRequest(), bytearrayNew(3).alloc),
  object: (p) => [alloc(p, 'object')],
  // namespace_new creates its empty dict up front
  simpleNamespace: (p) => desc(alloc(p, 'SimpleNamespace'), dictObjectRequest()),
};
checkOracle('requests', models);
