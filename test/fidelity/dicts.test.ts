/** dict getsizeof along every construction and growth path, and its requests. */
import {
  dictClear, dictCopy, dictDelete, dictFromItems, dictFromKeys, dictInsertMany, dictInsertNew, dictMerge,
  dictStateGetsizeof, emptyDict, type DictState,
} from '../../src/engine/objects/layout/dictGrowth';
import { dictKeysSize, dictObjectRequest } from '../../src/engine/objects/layout/dictLayout';
import { checkOracle, trajectory, upTo, type FactModel } from './facts';

const size = dictStateGetsizeof;
/** Python/compile.c `compiler_dict`: displays are built in chunks once `2 * items > STACK_USE_GUIDELINE`. */
const STACK_USE_GUIDELINE = 30;

const inserted = (n: number, str: boolean): DictState => dictInsertMany(emptyDict(), n, str);
/** A dict display: `BUILD_MAP`/`BUILD_CONST_KEY_MAP` of the first chunk, then `DICT_UPDATE` per chunk. */
const literal = (n: number, str: boolean): DictState => {
  const chunks: number[] = [];
  let elements = 0;
  for (let i = 0; i < n; i++) {
    if (elements * 2 > STACK_USE_GUIDELINE) {
      chunks.push(elements + 1);
      elements = 0;
    } else elements++;
  }
  if (elements > 0 || chunks.length === 0) chunks.push(elements);
  return chunks.slice(1).reduce((d, k) => dictMerge(d, dictFromItems(k, str)), dictFromItems(chunks[0], str));
};
const churn = (start: number, str: boolean): number[] =>
  trajectory(inserted(start, str), 60, (d) => dictInsertNew(dictDelete(d), str), size);
const deleted = (m: number, str: boolean): DictState => {
  let d = inserted(40, str);
  for (let i = 0; i < m; i++) d = dictDelete(d);
  return d;
};
const each = (f: (n: number) => DictState): FactModel => () => upTo(41, (n) => size(f(n)));

const models: Record<string, FactModel> = {};
for (const kind of ['str', 'int'] as const) {
  const str = kind === 'str';
  models[`insert.${kind}`] = () => trajectory(emptyDict(), 200, (d) => dictInsertNew(d, str), size);
  models[`literal.constants.${kind}`] = each((n) => literal(n, str));
  models[`literal.names.${kind}`] = each((n) => literal(n, str));
  models[`comprehension.${kind}`] = each((n) => inserted(n, str));
  models[`dict.zip.${kind}`] = each((n) => inserted(n, str));
  models[`fromkeys.list.${kind}`] = each((n) => dictFromKeys('iterable', n, str));
  models[`fromkeys.set.${kind}`] = each((n) => dictFromKeys('set', n, str));
  // an empty source dict has the unicode Py_EMPTY_KEYS
  models[`fromkeys.dict.${kind}`] = each((n) => dictFromKeys('dict', n, str, str || n === 0));
  models[`copy.${kind}`] = each((n) => dictCopy(inserted(n, str)));
  models[`dict.dict.${kind}`] = each((n) => dictMerge(emptyDict(), inserted(n, str)));
  models[`unpack.${kind}`] = each((n) => dictMerge(emptyDict(), inserted(n, str)));
  models[`update.empty.${kind}`] = each((n) => dictMerge(emptyDict(), inserted(n, str)));
  // the target's five str keys are k0..k4: str sources overlap them
  models[`update.five.${kind}`] = each((n) => dictMerge(inserted(5, true), inserted(n, str), str ? Math.max(0, n - 5) : n));
  models[`churn.5.${kind}`] = () => churn(5, str);
  models[`churn.40.${kind}`] = () => churn(40, str);
  models[`deleteAll.40.${kind}`] = each((m) => deleted(m, str));
  models[`copy.afterDelete.${kind}`] = each((m) => dictCopy(deleted(m, str)));
}
models['convert.strThenInt'] = each((n) => dictInsertNew(inserted(n, true), false));
models['clear.from40'] = () => size(dictClear());
const requests = (str: boolean): FactModel => () => [0, 1, 5, 6, 10, 11].map((n) => {
  const d = inserted(n, str);
  return d.keys ? [dictKeysSize(d.keys.log2Size, d.keys.kind), dictObjectRequest()] : [dictObjectRequest()];
});
models['request.insert.str'] = requests(true);
models['request.insert.int'] = requests(false);
checkOracle('dicts', models);
