/** set / frozenset table sizes along every construction and growth path, and their requests. */
import {
  emptySet, setAddMany, setAddNew, setClear, setGetsizeof, setMerge, setObjectRequest, setRemove, setTableRequest,
  type SetState,
} from '../../src/engine/objects/layout/setLayout';
import { checkOracle, trajectory, upTo, type FactModel } from './facts';

const size = (s: SetState): number => setGetsizeof(s.tableSize);
const added = (n: number): SetState => setAddMany(emptySet(), n);
const merged = (n: number): SetState => setMerge(emptySet(), n);
/** `{a, b, c}`: `BUILD_SET n` adds; three or more constants are one `SET_UPDATE` of a frozenset. */
const literal = (n: number, constants: boolean): SetState => (constants && n > 2 ? merged(n) : added(n));
const each = (f: (n: number) => SetState): FactModel => () => upTo(41, (n) => size(f(n)));
const shrinking = (start: SetState): number[] => trajectory(start, start.used, setRemove, size);

const models: Record<string, FactModel> = {
  add: () => trajectory(emptySet(), 200, (s) => setAddNew(s), size),
  'set.range': each(added),
  'set.list': each(added),
  'set.set': each(merged),
  'set.dict': each(merged),
  'frozenset.range': each(added),
  'frozenset.set': each(merged),
  copy: each((n) => setMerge(emptySet(), added(n).used)),
  comprehension: each(added),
  'literal.constants': each((n) => literal(n, true)),
  'literal.names': each((n) => literal(n, false)),
  'update.set': each((n) => setMerge(added(3), n)),
  // set_or: a copy of the left operand (set_merge), then the right merged in
  union: each((n) => setMerge(merged(n), 1)),
  'discard.from40': () => shrinking(added(40)),
  'pop.from40': () => shrinking(added(40)),
  'clear.from40': () => size(setClear()),
  'request.set.range': () => [0, 4, 5, 18, 19].map((n) => {
    const t = setTableRequest(added(n).tableSize);
    return t ? [t, setObjectRequest()] : [setObjectRequest()];
  }),
};
checkOracle('sets', models);
