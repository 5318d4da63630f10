/** sys.getsizeof, basicsize, itemsize, GC flag and header of one object of each built-in type. */
import type { VersionProfile } from '../../src/engine/profile/versionProfile';
import { bytesRequest, bytesTypeLayout } from '../../src/engine/objects/layout/bytesLayout';
import { heapTypeLayout, objectBaseInfo, plainClassSpec, type BaseTypeInfo, type ClassSpec } from '../../src/engine/objects/layout/instanceLayout';
import { codeGetsizeof, generatorGetsizeof, heapTypeGetsizeof, memoryviewGetsizeof, miscGetsizeof, miscTypeLayout, type MiscTypeName } from '../../src/engine/objects/layout/miscLayouts';
import { preHeaderSize, type TypeLayout } from '../../src/engine/objects/layout/objectHeader';
import { tupleGetsizeof, tupleTypeLayout } from '../../src/engine/objects/layout/tupleLayout';
import { checkOracle, type Fact, type FactModel } from './facts';

/** The five facts sizes.py prints for one object. */
function fact(layout: TypeLayout, getsizeof: number, extra: Record<string, number> = {}): Fact {
  return { getsizeof, header: preHeaderSize(layout), basicsize: layout.basicSize, itemsize: layout.itemSize, gc: layout.gc, ...extra };
}

function misc(name: MiscTypeName): FactModel {
  return (p) => fact(miscTypeLayout(p, name), miscGetsizeof(p, name));
}

function instance(base: (p: VersionProfile) => BaseTypeInfo, spec: ClassSpec): FactModel {
  return (p) => {
    const layout = heapTypeLayout(p, base(p), spec);
    return fact(layout, preHeaderSize(layout) + layout.basicSize);
  };
}

/** A measured input of a fact (see FactModel). */
function input(measured: Fact, key: string): number {
  return (measured as Record<string, number>)[key];
}

/** A generator or coroutine: its frame slots (co_nlocals + co_stacksize) are the input. */
function frameOwner(name: 'generator' | 'coroutine'): FactModel {
  return (p, m) => {
    const frameSlots = input(m, 'frameSlots');
    return fact(miscTypeLayout(p, name), generatorGetsizeof(p, frameSlots, 0), { frameSlots });
  };
}

const exceptionBase = (p: VersionProfile): BaseTypeInfo => ({ layout: miscTypeLayout(p, 'BaseException'), hasDict: true, hasWeakref: false });
const slots = (slotCount: number, addDict = false, addWeakref = false): ClassSpec => ({ slotCount, addDict, addWeakref });

const models: Record<string, FactModel> = {
  None: misc('NoneType'), Ellipsis: misc('ellipsis'), NotImplemented: misc('NotImplementedType'), object: misc('object'),
  float: misc('float'), complex: misc('complex'), range: misc('range'), 'range.long': misc('range'), slice: misc('slice'),
  function: misc('function'), lambda: misc('function'), cell: misc('cell'), method: misc('method'),
  builtinMethod: misc('builtin_function_or_method'), module: misc('module'), weakref: misc('weakref'),
  property: misc('property'), staticmethod: misc('staticmethod'), classmethod: misc('classmethod'),
  listIterator: misc('list_iterator'), listReverseIterator: misc('list_reverseiterator'), tupleIterator: misc('tuple_iterator'),
  rangeIterator: misc('range_iterator'), longRangeIterator: misc('longrange_iterator'),
  dictKeyIterator: misc('dict_keyiterator'), dictValueIterator: misc('dict_valueiterator'), dictItemIterator: misc('dict_itemiterator'),
  setIterator: misc('set_iterator'), strIterator: misc('str_ascii_iterator'), bytesIterator: misc('bytes_iterator'),
  callIterator: misc('callable_iterator'), enumerate: misc('enumerate'), zip: misc('zip'), map: misc('map'),
  filter: misc('filter'), reversed: misc('reversed'), exception: misc('BaseException'), simpleNamespace: misc('SimpleNamespace'),
  memoryview: (p) => fact(miscTypeLayout(p, 'memoryview'), memoryviewGetsizeof(p, 1)),
  // bool's __sizeof__ is int's: 24 + one digit
  bool: (p) => fact(miscTypeLayout(p, 'bool'), 28),
  generator: frameOwner('generator'),
  coroutine: frameOwner('coroutine'),
  // the code length is an input (the compiler's business), echoed back
  code: (p, m) => {
    const codeUnits = input(m, 'codeUnits');
    return fact(miscTypeLayout(p, 'code'), codeGetsizeof(p, codeUnits), { codeUnits });
  },
  'type.plain': (p) => fact(miscTypeLayout(p, 'type'), heapTypeGetsizeof(p, true)),
  'type.slots2': (p) => fact(miscTypeLayout(p, 'type'), heapTypeGetsizeof(p, false)),
  'bytes.0': () => fact(bytesTypeLayout(), bytesRequest(0)),
  'bytes.1': () => fact(bytesTypeLayout(), bytesRequest(1)),
  'bytes.10': () => fact(bytesTypeLayout(), bytesRequest(10)),
  'instance.plain': instance(objectBaseInfo, plainClassSpec()),
  'instance.slots2': instance(objectBaseInfo, slots(2)),
  'instance.slots0': instance(objectBaseInfo, slots(0)),
  'instance.slotsDict': instance(objectBaseInfo, slots(1, true)),
  'instance.slotsWeakref': instance(objectBaseInfo, slots(1, false, true)),
  exceptionSubclass: instance(exceptionBase, plainClassSpec()),
};
for (let n = 0; n < 6; n++) models[`tuple.${n}`] = () => fact(tupleTypeLayout(), tupleGetsizeof(n));

checkOracle('sizes', models);
