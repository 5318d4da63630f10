// `ast.dump(node, include_attributes=True)` as CPython 3.12 prints it (Lib/ast.py): fields in
// `_fields` order, None-valued optional fields left out, positions last. Used to compare our
// parse with CPython's (test/parser/compareStdlib.mjs) and in tests.
import { AST_FIELDS, UNLOCATED } from './astFields';
import type { AstConstantValue } from './pyConstant';
import { constantRepr } from './pyRepr';

/** Fields whose None value CPython prints (all other None fields are omitted). */
const KEEP_NONE = new Set(['Constant.value', 'MatchSingleton.value']);
/** Enum-like fields we store as bare class names. */
const NAMED = new Set(['ctx', 'op']);

/** The `ast.dump(..., include_attributes=True)` text of a node from our parser. */
export function astDump(node: unknown): string {
  return dumpValue(node, '');
}

function dumpValue(v: unknown, field: string): string {
  if (Array.isArray(v)) {
    return '[' + v.map((x) => (field === 'ops' ? `${x as string}()` : dumpValue(x, ''))).join(', ') + ']';
  }
  if (typeof v === 'object' && v !== null && '_type' in v) return dumpNode(v as Record<string, unknown>);
  if (typeof v === 'string') return NAMED.has(field) ? `${v}()` : constantRepr(v);
  if (typeof v === 'number') return String(v);
  return constantRepr(v as AstConstantValue);
}

function dumpNode(node: Record<string, unknown>): string {
  const kind = node._type as string;
  const parts: string[] = [];
  for (const f of AST_FIELDS[kind] ?? []) {
    const v = node[f];
    if (v === null && !KEEP_NONE.has(`${kind}.${f}`)) continue;
    if (v === undefined) continue;
    parts.push(`${f}=${dumpValue(v, f)}`);
  }
  if (!UNLOCATED.has(kind) && node.lineno !== undefined) {
    parts.push(`lineno=${node.lineno as number}`, `col_offset=${node.col_offset as number}`);
    parts.push(`end_lineno=${node.end_lineno as number}`, `end_col_offset=${node.end_col_offset as number}`);
  }
  return `${kind}(${parts.join(', ')})`;
}
