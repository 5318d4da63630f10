// The references a script's AST holds to the constants its code objects use.
//
// `python3 script.py` parses the file into an AST whose arena (pyrun_file's) lives until the
// module body has run: every Constant node's value is in the arena's object list, one reference
// per node (the parser's `_PyArena_AddPyObject`, and the AST optimizer's `make_const` for each
// folded value). The compiler's constant cache (merge_consts_recursive) keeps the first object it
// meets for each value, so every co_consts object made from the AST carries one arena reference
// while the body runs, whatever the number of equal literals (each other literal holds its own,
// unseen object). Measured on 3.11.7, 3.12.1 and 3.13.0 by test/oracle/astConstantRefs.py.
//
// Obscurity: on 3.12+ a bytes literal of one token is in the arena twice (`x = b"ab"`: two
// references; `x = b"a" b"b"`: one), so its count is one higher than a str literal's.
//
// Compiler-made constants (keyword-name tuples, the tuple a constant list display extends from)
// hold none, only their items do.
//
// Not modelled: the arena also keeps what the optimizer folded away, so a folded subscript
// (`(3000, 4000)[0]`) leaves its item two more references (the tuple's and its own node's).
import type { Module } from '../parser/ast';
import type { Constant } from '../parser/astExpr';
import type { PyConstant } from '../parser/pyConstant';
import { SourceText } from '../parser/sourceText';
import type { PythonVersion } from './codeObject';
import { constantKey } from './constantKey';

type AnyNode = { _type: string; [k: string]: unknown };

/** The arena references of a parse's literals, keyed by node (taken before the optimizer folds). */
export type LiteralRefs = Map<Constant, number>;

/** How many references the arena holds to each literal of `mod`, before optimization. */
export function literalRefs(mod: Module, source: string, version: PythonVersion): LiteralRefs {
  const out: LiteralRefs = new Map();
  const text = version === '3.11' ? null : new SourceText(source);
  forEachConstant(mod as unknown as AnyNode, (node) => {
    const bytesTwice = text !== null && isBytes(node.value) && isOneToken(segment(text, node));
    out.set(node, bytesTwice ? 2 : 1);
  });
  return out;
}

/**
 * The arena references each constant value of the optimized `mod` lands on, by constant key
 * (constantKey): the first node of a value in source order (the compiler's order, near enough)
 * decides. Folded tuples' and frozensets' items keep their literals' references; a frozenset
 * itself holds none (the compiler rebuilds it). None, booleans and `...` are left out: singletons.
 */
export function arenaConstantRefs(mod: Module, literals: LiteralRefs): Map<string, number> {
  const byKey = new Map<string, number>();
  // Folded tuples' items are their literals' values: the same JS objects, as in CPython.
  const byValue = new Map<object, number>();
  for (const [node, refs] of literals) if (typeof node.value === 'object' && node.value !== null) byValue.set(node.value, refs);
  const itemsNoted = new Set<object>();
  const note = (c: PyConstant, refs: number): void => {
    if (c === null || typeof c === 'boolean') return;
    if (typeof c === 'object' && (c.type === 'ellipsis' || c.type === 'code')) return;
    if (typeof c === 'object' && (c.type === 'tuple' || c.type === 'frozenset') && !itemsNoted.has(c)) {
      itemsNoted.add(c);
      for (const item of c.items) note(item, typeof item === 'object' && item !== null ? byValue.get(item) ?? 1 : 1);
    }
    if (typeof c === 'object' && c.type === 'frozenset') return;
    const key = constantKey(c);
    if (!byKey.has(key)) byKey.set(key, refs);
  };
  forEachConstant(mod as unknown as AnyNode, (node) => note(node.value, literals.get(node) ?? 1));
  return byKey;
}

function forEachConstant(node: AnyNode, visit: (c: Constant) => void): void {
  if (node._type === 'Constant') {
    visit(node as unknown as Constant);
    return;
  }
  for (const key in node) {
    if (key === '_type') continue;
    const v = node[key];
    if (Array.isArray(v)) {
      for (const x of v) if (isNode(x)) forEachConstant(x, visit);
    } else if (isNode(v)) forEachConstant(v, visit);
  }
}

function isNode(v: unknown): v is AnyNode {
  return typeof v === 'object' && v !== null && typeof (v as AnyNode)._type === 'string';
}

function isBytes(c: Constant['value']): boolean {
  return typeof c === 'object' && c !== null && c.type === 'bytes';
}

/** The node's source text. */
function segment(text: SourceText, node: Constant): string {
  const first = text.charIndex(node.lineno, node.col_offset);
  if (node.lineno === node.end_lineno) return text.line(node.lineno).slice(first, text.charIndex(node.lineno, node.end_col_offset));
  const parts = [text.line(node.lineno).slice(first)];
  for (let l = node.lineno + 1; l < node.end_lineno; l++) parts.push(text.line(l));
  parts.push(text.line(node.end_lineno).slice(0, text.charIndex(node.end_lineno, node.end_col_offset)));
  return parts.join('\n');
}

/** Whether `literal` is one string token (`b"ab"`), not an implicit concatenation (`b"a" b"b"`). */
export function isOneToken(literal: string): boolean {
  const prefix = /^[A-Za-z]*/.exec(literal)![0].length;
  const q = literal.startsWith('"""', prefix) || literal.startsWith("'''", prefix) ? literal.slice(prefix, prefix + 3) : literal.charAt(prefix);
  if (q !== '"' && q !== "'" && q.length !== 3) return false;
  for (let i = prefix + q.length; i < literal.length; i++) {
    // A backslash keeps the next character from closing the literal, raw literals included.
    if (literal[i] === '\\') i++;
    else if (literal.startsWith(q, i)) return i + q.length === literal.length;
  }
  return false;
}
