/**
 * pprint's layout (Lib/pprint.py's documented behaviour, 3.11–3.13), written over our objects:
 * an object whose one-line repr fits in what is left of the line is written as that repr (dicts
 * with sorted keys, containers past `depth` as `[...]`); a dict, list, tuple, set or frozenset
 * that does not fit puts one item per line, indented under its opening bracket; a str that does
 * not fit is split after whitespace into implicitly concatenated pieces (in parentheses at the top
 * level); `compact` packs as many items per line as fit.
 *
 * "What is left" is `width - indent - allowance`: the allowance reserves room for the closing
 * brackets and commas that follow the object on its last line.
 */
import { bytesType, PyBytesObject } from '../../engine/objects/bytesObject';
import { dictItems, type PyDictObject } from '../../engine/objects/dictObject';
import type { PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { setEntries, type PySetObject } from '../../engine/objects/setObject';
import type { PyTupleObject } from '../../engine/objects/tupleObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { compare } from '../objects/richCompare';
import { bytesLiteral } from '../objects/bytesOps';
import { reprOf, strRepr } from '../objects/repr';
import { typeDisplayName } from '../objects/typeModules';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';

/** The PrettyPrinter settings. */
export interface PrettyOptions {
  indent: number;
  width: number;
  depth: number | null;
  compact: boolean;
  sortDicts: boolean;
}

const Py_LT = 0;

/** A formatting pass: its options and whether it met a recursive or unreadable object. */
export class PrettyFormatter {
  recursive = false;
  readable = true;

  constructor(private readonly interp: Interp, private readonly o: PrettyOptions) {}

  /** `pformat(obj)`. */
  format(obj: PyObject): string {
    const out: string[] = [];
    this.formatAt(obj, out, 0, 0, new Set(), 0);
    return out.join('');
  }

  /** `saferepr`-style one-line repr with sorted dicts, depth markers and recursion markers. */
  safeRepr(obj: PyObject, context: Set<PyObject>, level: number): string {
    const rt = this.interp.rt;
    const t = obj.type;
    const container = t === rt.types.dict ? 'dict' : t === rt.types.list ? 'list' : t === rt.types.tuple ? 'tuple' : null;
    if (!container) {
      const r = reprOf(this.interp, obj);
      if (r.startsWith('<')) this.readable = false;
      return r;
    }
    const items = container === 'dict' ? this.dictEntries(obj as PyDictObject) : null;
    const seq = container === 'list' ? (obj as PyListObject).items : container === 'tuple' ? (obj as PyTupleObject).items : null;
    const n = items ? items.length : (seq as readonly PyObject[]).length;
    const [open, close] = container === 'dict' ? ['{', '}'] : container === 'list' ? ['[', ']'] : ['(', ')'];
    if (n === 0) return open + close;
    if (this.o.depth !== null && this.o.depth > 0 && level >= this.o.depth) {
      this.readable = false;
      return `${open}...${close}`;
    }
    if (context.has(obj)) {
      this.recursive = true;
      this.readable = false;
      return recursionText(obj);
    }
    context.add(obj);
    const parts = items
      ? items.map(([k, v]) => `${this.safeRepr(k, context, level + 1)}: ${this.safeRepr(v, context, level + 1)}`)
      : (seq as readonly PyObject[]).map((x) => this.safeRepr(x, context, level + 1));
    context.delete(obj);
    return container === 'tuple' && n === 1 ? `(${parts[0]},)` : open + parts.join(', ') + close;
  }

  private dictEntries(d: PyDictObject): [PyObject, PyObject][] {
    const entries = dictItems(d).map((e): [PyObject, PyObject] => [e.key, e.value]);
    if (!this.o.sortDicts) return entries;
    return this.sorted(entries, (a, b) => this.safeLess(a[0], b[0]) || (!this.safeLess(b[0], a[0]) && this.safeLess(a[1], b[1])));
  }

  /** `_safe_key` ordering: `<` when the two compare, else by (str(type), id). */
  private safeLess(a: PyObject, b: PyObject): boolean {
    try {
      return compare(this.interp, Py_LT, a, b);
    } catch (e) {
      if (!(e instanceof PyError) || !e.exc.type.isSubtypeOf(this.interp.excType('TypeError'))) throw e;
      this.interp.rt.heap.decref(e.exc);
      const ka = `<class '${typeDisplayName(a.type)}'>`;
      const kb = `<class '${typeDisplayName(b.type)}'>`;
      return ka !== kb ? ka < kb : a.id < b.id;
    }
  }

  /** A stable merge sort on a `less` predicate (Python's sorted() is stable). */
  private sorted<T>(xs: T[], less: (a: T, b: T) => boolean): T[] {
    if (xs.length < 2) return xs;
    const mid = xs.length >> 1;
    const a = this.sorted(xs.slice(0, mid), less);
    const b = this.sorted(xs.slice(mid), less);
    const out: T[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) out.push(less(b[j], a[i]) ? b[j++] : a[i++]);
    return out.concat(a.slice(i), b.slice(j));
  }

  private formatAt(obj: PyObject, out: string[], indent: number, allowance: number, context: Set<PyObject>, level: number): void {
    if (context.has(obj)) {
      out.push(recursionText(obj));
      this.recursive = true;
      this.readable = false;
      return;
    }
    const rep = this.safeRepr(obj, new Set(context), level);
    const maxWidth = this.o.width - indent - allowance;
    if (rep.length > maxWidth && this.formatWide(obj, out, indent, allowance, context, level + 1)) return;
    out.push(rep);
  }

  /** The multi-line forms; false when `obj` has none (its repr is written as is). */
  private formatWide(obj: PyObject, out: string[], indent: number, allowance: number, context: Set<PyObject>, level: number): boolean {
    const rt = this.interp.rt;
    const t = obj.type;
    if (obj instanceof PyUnicodeObject && t === rt.types.str) {
      this.formatStr(obj.value, out, indent, allowance, level);
      return true;
    }
    if (obj instanceof PyBytesObject && t === bytesType(rt)) {
      this.formatBytes(obj.value, out, indent, allowance, level);
      return true;
    }
    const kind = t === rt.types.dict ? 'dict' : t === rt.types.list ? 'list' : t === rt.types.tuple ? 'tuple'
      : t === rt.types.set ? 'set' : t === rt.types.frozenset ? 'frozenset' : null;
    if (!kind) return false;
    context.add(obj);
    const pad = ' '.repeat(Math.max(0, this.o.indent - 1));
    if (kind === 'dict') {
      out.push('{', pad);
      const items = this.dictEntries(obj as PyDictObject);
      if (items.length) this.formatDictItems(items, out, indent, allowance + 1, context, level);
      out.push('}');
    } else if (kind === 'list' || kind === 'tuple') {
      const items = (obj as PyListObject | PyTupleObject).items;
      const end = kind === 'list' ? ']' : items.length === 1 ? ',)' : ')';
      out.push(kind === 'list' ? '[' : '(');
      this.formatItems(items, out, indent, allowance + end.length, context, level);
      out.push(end);
    } else {
      const keys = setEntries(obj as PySetObject).map((e) => e.key);
      if (keys.length === 0) {
        out.push(reprOf(this.interp, obj));
        context.delete(obj);
        return true;
      }
      let end = '}';
      let inner = indent;
      if (kind === 'set') out.push('{');
      else {
        out.push('frozenset({');
        end = '})';
        inner += 'frozenset'.length + 1;
      }
      this.formatItems(this.sorted(keys, (a, b) => this.safeLess(a, b)), out, inner, allowance + end.length, context, level);
      out.push(end);
    }
    context.delete(obj);
    return true;
  }

  private formatDictItems(items: [PyObject, PyObject][], out: string[], indent: number, allowance: number, context: Set<PyObject>, level: number): void {
    const inner = indent + this.o.indent;
    items.forEach(([k, v], i) => {
      const last = i === items.length - 1;
      const rep = this.safeRepr(k, new Set(context), level);
      out.push(rep, ': ');
      this.formatAt(v, out, inner + rep.length + 2, last ? allowance : 1, context, level);
      if (!last) out.push(',\n' + ' '.repeat(inner));
    });
  }

  private formatItems(items: readonly PyObject[], out: string[], indent: number, allowance: number, context: Set<PyObject>, level: number): void {
    const inner = indent + this.o.indent;
    if (this.o.indent > 1) out.push(' '.repeat(this.o.indent - 1));
    const newline = ',\n' + ' '.repeat(inner);
    let delim = '';
    let width = this.o.width - inner + 1;
    let maxWidth = width;
    items.forEach((item, i) => {
      const last = i === items.length - 1;
      if (last) {
        maxWidth -= allowance;
        width -= allowance;
      }
      if (this.o.compact) {
        const rep = this.safeRepr(item, new Set(context), level);
        const w = rep.length + 2;
        if (width < w) {
          width = maxWidth;
          if (delim) delim = newline;
        }
        if (width >= w) {
          width -= w;
          out.push(delim, rep);
          delim = ', ';
          return;
        }
      }
      out.push(delim);
      delim = newline;
      this.formatAt(item, out, inner, last ? allowance : 1, context, level);
    });
  }

  private formatBytes(v: Uint8Array, out: string[], indent: number, allowance: number, level: number): void {
    if (v.length <= 4) {
      out.push(bytesLiteral(v));
      return;
    }
    const top = level === 1;
    if (top) {
      indent += 1;
      allowance += 1;
      out.push('(');
    }
    out.push(bytesPieces(v, this.o.width - indent, allowance).join('\n' + ' '.repeat(indent)));
    if (top) out.push(')');
  }

  /** A long str: its lines, each cut after whitespace into pieces that fit. */
  private formatStr(s: string, out: string[], indent: number, allowance: number, level: number): void {
    if (s.length === 0) {
      out.push(strRepr(s, this.interp.rt.profile.version));
      return;
    }
    const top = level === 1;
    if (top) {
      indent += 1;
      allowance += 1;
    }
    const maxWidth = this.o.width - indent;
    const chunks: string[] = [];
    const lines = splitLinesKeepEnds(s);
    lines.forEach((line, i) => {
      const lastLine = i === lines.length - 1;
      const rep = strRepr(line, this.interp.rt.profile.version);
      if (rep.length <= (lastLine ? maxWidth - allowance : maxWidth)) {
        chunks.push(rep);
        return;
      }
      const parts = line.match(/\S*\s*/g)?.filter((p) => p !== '') ?? [line];
      let current = '';
      parts.forEach((part, j) => {
        const candidate = current + part;
        const limit = j === parts.length - 1 && lastLine ? maxWidth - allowance : maxWidth;
        if (strRepr(candidate, this.interp.rt.profile.version).length > limit) {
          if (current) chunks.push(strRepr(current, this.interp.rt.profile.version));
          current = part;
        } else current = candidate;
      });
      if (current) chunks.push(strRepr(current, this.interp.rt.profile.version));
    });
    if (chunks.length === 1) {
      out.push(strRepr(s, this.interp.rt.profile.version));
      return;
    }
    if (top) out.push('(');
    out.push(chunks.join('\n' + ' '.repeat(indent)));
    if (top) out.push(')');
  }
}

/** A long bytes: cut every 4 bytes where the piece would no longer fit. */
function bytesPieces(v: Uint8Array, width: number, allowance: number): string[] {
  const pieces: string[] = [];
  let current = new Uint8Array(0);
  const last = Math.floor(v.length / 4) * 4;
  for (let i = 0; i < v.length; i += 4) {
    const part = v.subarray(i, i + 4);
    const candidate = new Uint8Array(current.length + part.length);
    candidate.set(current);
    candidate.set(part, current.length);
    if (i === last) width -= allowance;
    if (bytesLiteral(candidate).length > width) {
      if (current.length) pieces.push(bytesLiteral(current));
      current = part.slice();
    } else current = candidate;
  }
  if (current.length) pieces.push(bytesLiteral(current));
  return pieces;
}

function recursionText(o: PyObject): string {
  return `<Recursion on ${o.type.name} with id=${o.id}>`;
}

/** The line breaks `str.splitlines` knows (\n, \r, \v, \f, \x1c-\x1e, \x85, U+2028/9). */
const LINE_BREAKS = new Set(['\n', '\r', '\v', '\f', '\u001c', '\u001d', '\u001e', '\u0085', '\u2028', '\u2029']);

/** `str.splitlines(keepends=True)`. */
function splitLinesKeepEnds(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (!LINE_BREAKS.has(s[i])) continue;
    if (s[i] === '\r' && s[i + 1] === '\n') i++;
    out.push(s.slice(start, i + 1));
    start = i + 1;
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}
