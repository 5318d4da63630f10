/** Instances: shared keys, the shrinking values capacity, __dict__ sizes and conversions. */
import type { VersionProfile } from '../../src/engine/profile/versionProfile';
import { dictInsertNew, dictResize, dictStateGetsizeof, type DictState } from '../../src/engine/objects/layout/dictGrowth';
import { calculateLog2Keysize, dictKeysSize, growthRate } from '../../src/engine/objects/layout/dictLayout';
import {
  createInstance, detachedValuesRequest, heapTypeLayout, materializeDictRequest, newSharedKeys, objectBaseInfo,
  plainClassSpec, setInstanceAttribute, splitDictGetsizeof, type SharedKeysState,
} from '../../src/engine/objects/layout/instanceLayout';
import { preHeaderSize } from '../../src/engine/objects/layout/objectHeader';
import { checkOracle, upTo, type FactModel } from './facts';

const plain = (p: VersionProfile) => heapTypeLayout(p, objectBaseInfo(), plainClassSpec());

/** One instance's life: created, then attributes named by index set one by one. */
interface Instance {
  keys: SharedKeysState;
  used: number;
  /** The combined dict once the instance converted. */
  dict: DictState | null;
  /** Requests of the creation (object, values array). */
  created: number[];
  /** Requests of each attribute set. */
  perAttr: number[][];
  capacity: number;
}

/** Simulate `K()` then setting `attrs` names (shared by all instances in order: names[i] = i). */
function instance(p: VersionProfile, keys: SharedKeysState, attrs: number): Instance {
  const c = createInstance(plain(p), keys);
  const inst: Instance = { keys: c.keys, used: 0, dict: null, created: [c.objectRequest, c.valuesRequest], perAttr: [], capacity: c.capacity };
  for (let i = 0; i < attrs; i++) {
    if (inst.dict) {
      const before = inst.dict.keys!.log2Size;
      inst.dict = dictInsertNew(inst.dict, true);
      const k = inst.dict.keys!;
      inst.perAttr.push(k.log2Size !== before ? [dictKeysSize(k.log2Size, k.kind)] : []);
      continue;
    }
    const r = setInstanceAttribute(inst.keys, inst.used, i < inst.keys.nentries);
    inst.keys = r.keys;
    inst.perAttr.push([...r.requests]);
    if (r.converted) {
      inst.dict = dictInsertNew(dictResize({ used: inst.used, keys: null }, calculateLog2Keysize(growthRate(inst.used)), true), true);
      inst.created[1] = 0; // the values array is freed by the conversion
    }
    inst.used++;
  }
  return inst;
}

/** getsizeof(o.__dict__) after the instance's attributes. */
const dictSize = (i: Instance): number => (i.dict ? dictStateGetsizeof(i.dict) : splitDictGetsizeof(i.keys));
const sortedNonZero = (xs: number[]): number[] => xs.filter((x) => x > 0).sort((a, b) => b - a);

/** Each of `count` consecutive instances of a fresh class whose __init__ sets `attrs` names. */
function creations(p: VersionProfile, attrs: number, count: number): number[][] {
  let keys = newSharedKeys();
  return upTo(count, () => {
    const inst = instance(p, keys, attrs);
    keys = inst.keys;
    return sortedNonZero(inst.created);
  }) as number[][];
}

/** The requests of setting attributes on a new instance after `before` others. */
function setattrs(p: VersionProfile, before: number, count: number): number[][] {
  let keys = newSharedKeys();
  for (let i = 0; i < before; i++) keys = createInstance(plain(p), keys).keys;
  return instance(p, keys, count).perAttr.map(sortedNonZero);
}

/** Each instance gets one more attribute than the previous. */
function growing(p: VersionProfile, count: number): number[] {
  let keys = newSharedKeys();
  return upTo(count, (k) => {
    const inst = instance(p, keys, k);
    keys = inst.keys;
    return dictSize(inst);
  }) as number[];
}

const models: Record<string, FactModel> = {
  'request.create.noAttrs': (p) => creations(p, 0, 35),
  'request.create.threeAttrs': (p) => creations(p, 3, 35),
  'request.create.thirtyAttrs': (p) => creations(p, 30, 5),
  'request.setattr.firstInstance': (p) => setattrs(p, 0, 35),
  'request.setattr.afterTenInstances': (p) => setattrs(p, 10, 35),
  'dictSize.growingInstances': (p) => growing(p, 40),
  'dictSize.firstInstance': (p) => upTo(36, (k) => dictSize(instance(p, newSharedKeys(), k))),
  'getsizeof.materialized': (p) => preHeaderSize(plain(p)) + plain(p).basicSize,
  // traced() runs the line twice: the second K() is measured; its dict keeps the values, which
  // 3.13 copies out of the dying object
  'request.materialize': (p) => {
    const first = instance(p, newSharedKeys(), 2);
    const second = instance(p, first.keys, 2);
    const values = p.instanceValues === 'inline-values' ? detachedValuesRequest(second.capacity) : second.created[1];
    return sortedNonZero([values, materializeDictRequest()]);
  },
  'dictSize.nonStrKey': (p) => {
    const inst = instance(p, newSharedKeys(), 1);
    const split: DictState = { used: inst.used, keys: { log2Size: 6, kind: 'split', usable: inst.keys.usable, nentries: inst.keys.nentries } };
    return dictStateGetsizeof(dictInsertNew(split, false));
  },
};
checkOracle('instances', models);
