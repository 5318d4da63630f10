/** list capacity along every construction and growth path, and its requests. */
import type { VersionProfile } from '../../src/engine/profile/versionProfile';
import {
  emptyList, listAppend, listClear, listDelItem, listExtendIterable, listExtendSetOrDict, listExtendSized,
  listInplaceRepeat, listNew, listRemove, type ListState,
} from '../../src/engine/objects/layout/listGrowth';
import { listGetsizeof, listItemsRequest, listObjectRequest } from '../../src/engine/objects/layout/listLayout';
import { checkOracle, trajectory, upTo, type FactModel } from './facts';

const size = (s: ListState): number => listGetsizeof(s.allocated);
/** Default `PyObject_LengthHint` of an iterator without `__length_hint__` (generators, map). */
const DEFAULT_LENGTH_HINT = 8;
/** Python/compile.c `STACK_USE_GUIDELINE`: longer displays are built by appends. */
const STACK_USE_GUIDELINE = 30;

const appended = (n: number): ListState => {
  let s = emptyList();
  for (let i = 0; i < n; i++) s = listAppend(s);
  return s;
};
/** `list(x)` for x with an exact length (range, tuple, str, list): the length hint is exact. */
const fromSized = (n: number): ListState => listExtendIterable(emptyList(), n, n);
/** The compiler's choice for a list display of n elements (Python/compile.c `starunpack_helper`). */
const literal = (n: number, constants: boolean): ListState => {
  if (constants && n > 2) return listExtendSized(emptyList(), n);
  return n > STACK_USE_GUIDELINE ? appended(n) : listNew(n);
};
const shrinking = (start: ListState, op: (s: ListState) => ListState): number[] => trajectory(start, start.size, op, size);
const each = (f: (n: number) => ListState): FactModel => () => upTo(41, (n) => size(f(n)));
const eachP = (f: (p: VersionProfile, n: number) => ListState): FactModel => (p) => upTo(41, (n) => size(f(p, n)));

const models: Record<string, FactModel> = {
  append: () => trajectory(emptyList(), 200, listAppend, size),
  insert0: () => trajectory(emptyList(), 60, listAppend, size),
  extend3: () => trajectory(emptyList(), 60, (s) => listExtendSized(s, 3), size),
  iadd1: () => trajectory(emptyList(), 60, (s) => listExtendSized(s, 1), size),
  extendGen2: () => trajectory(emptyList(), 60, (s) => listExtendIterable(s, DEFAULT_LENGTH_HINT, 2), size),
  comprehension: each(appended),
  'literal.names': each((n) => literal(n, false)),
  'literal.constants': each((n) => literal(n, true)),
  'list.range': each(fromSized),
  'list.tuple': each((n) => listExtendSized(emptyList(), n)),
  'list.list': each((n) => listExtendSized(emptyList(), n)),
  'list.str': each(fromSized),
  'list.set': eachP((p, n) => listExtendSetOrDict(p, emptyList(), n)),
  'list.dict': eachP((p, n) => listExtendSetOrDict(p, emptyList(), n)),
  'list.genexpr': each((n) => listExtendIterable(emptyList(), DEFAULT_LENGTH_HINT, n)),
  'list.map': each((n) => listExtendIterable(emptyList(), DEFAULT_LENGTH_HINT, n)),
  'sorted.list': each((n) => listExtendSized(emptyList(), n)),
  'extend.range': each(fromSized),
  repeat: each(listNew),
  concat: each((n) => listNew(2 * n)),
  'slice.all': each(listNew),
  'slice.tail': each(listNew),
  copy: each(listNew),
  inplaceRepeat3: each((n) => listInplaceRepeat(fromSized(n), 3)),
  'pop.from100': () => shrinking(fromSized(100), (s) => listRemove(s)),
  'pop.fromAppend50': () => shrinking(appended(50), (s) => listRemove(s)),
  'delFront.from40': (p) => shrinking(fromSized(40), (s) => listDelItem(p, s)),
  'clear.from40': () => size(listClear()),
  'delSlice.from40': () => size(listClear()),
  'request.literal.names': () => upTo(6, (n) => (n ? [listObjectRequest(), listItemsRequest(n)] : [listObjectRequest()])),
  'request.list.range': () => upTo(6, (n) => {
    const s = fromSized(n);
    return s.allocated ? [listObjectRequest(), listItemsRequest(s.allocated)] : [listObjectRequest()];
  }),
};
checkOracle('lists', models);
