/**
 * A backtracking matcher with `_sre`'s semantics (Modules/_sre/sre_lib.h, 3.11–3.13) over a parsed
 * pattern (regexParse.ts). The subject is an array of code points, so positions are Python indices.
 *
 * Each node compiles to a closure `(i, k) => boolean` in continuation-passing style: it matches at
 * `i` and calls `k` with each end position it can reach, most preferred first, until `k` accepts.
 * Captures live in one array (`caps[2g]`, `caps[2g+1]`) restored on backtracking, as `_sre` restores
 * its marks. What mirrors `_sre`:
 *   - `^` is the string's start (not `pos`), `$` also matches before a final newline, `\Z` only at
 *     the end; `endpos` cuts the string.
 *   - a repeat stops iterating once its body matched empty (`*` over `x*` terminates);
 *   - atomic groups and possessive repeats commit to their first match;
 *   - `\b`/`\B` (in 3.11–3.13 `\B` never matches an empty string), `\w \d \s` Unicode-aware for
 *     str patterns, ASCII under re.ASCII and for bytes;
 *   - `mustAdvance`: after an empty match, the next search may not match empty at the same place
 *     (the 3.7+ rule behind findall/sub/split).
 */
import { FLAG, type ClassItem, type ParsedPattern, type RegexNode } from './regexParse';

type Cont = (i: number) => boolean;
type Node = (i: number, k: Cont) => boolean;

const UNICODE_WORD = /[\p{L}\p{N}_]/u;
const UNICODE_DIGIT = /\p{Nd}/u;
const UNICODE_SPACE = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0xa0, 0x1680,
  0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]);

function ascii(flags: number): boolean {
  return (flags & FLAG.A) !== 0 || (flags & FLAG.U) === 0;
}

/** `\w` under `flags`. */
export function isWordChar(cp: number, flags: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 95;
  return !ascii(flags) && UNICODE_WORD.test(String.fromCodePoint(cp));
}

function isDigitChar(cp: number, flags: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  return !ascii(flags) && UNICODE_DIGIT.test(String.fromCodePoint(cp));
}

function isSpaceChar(cp: number, flags: number): boolean {
  if (cp < 128) return (cp >= 9 && cp <= 13) || cp === 32 || (!ascii(flags) && cp >= 0x1c && cp <= 0x1f);
  return !ascii(flags) && UNICODE_SPACE.has(cp);
}

function lower(cp: number, flags: number): number {
  if (ascii(flags)) return cp >= 65 && cp <= 90 ? cp + 32 : cp;
  const s = String.fromCodePoint(cp).toLowerCase();
  return s.length === 1 || (s.length === 2 && s.codePointAt(0) as number > 0xffff) ? s.codePointAt(0) as number : cp;
}

function upper(cp: number, flags: number): number {
  if (ascii(flags)) return cp >= 97 && cp <= 122 ? cp - 32 : cp;
  const s = String.fromCodePoint(cp).toUpperCase();
  return s.length === 1 || (s.length === 2 && s.codePointAt(0) as number > 0xffff) ? s.codePointAt(0) as number : cp;
}

function inItems(items: ClassItem[], cp: number, flags: number): boolean {
  for (const it of items) {
    if (it.kind === 'range') {
      if (cp >= it.lo && cp <= it.hi) return true;
      continue;
    }
    let r: boolean;
    switch (it.cat.toLowerCase()) {
      case 'd': r = isDigitChar(cp, flags); break;
      case 'w': r = isWordChar(cp, flags); break;
      default: r = isSpaceChar(cp, flags);
    }
    if (r !== (it.cat === it.cat.toUpperCase())) return true;
  }
  return false;
}

/** A one-character test for the nodes that always consume one character, else null. */
function charTest(n: RegexNode): ((cp: number) => boolean) | null {
  switch (n.kind) {
    case 'char': {
      const f = n.flags;
      if ((f & FLAG.I) === 0) return (cp) => cp === n.cp;
      const lo = lower(n.cp, f);
      const up = upper(n.cp, f);
      return (cp) => cp === n.cp || lower(cp, f) === lo || upper(cp, f) === up;
    }
    case 'any':
      return (n.flags & FLAG.S) !== 0 ? () => true : (cp) => cp !== 10;
    case 'class': {
      const f = n.flags;
      const fold = (f & FLAG.I) !== 0;
      return (cp) => {
        let r = inItems(n.items, cp, f);
        if (!r && fold) r = inItems(n.items, lower(cp, f), f) || inItems(n.items, upper(cp, f), f);
        return r !== n.negate;
      };
    }
    default:
      return null;
  }
}

/** The state of one match attempt. */
export interface MatchState {
  /** Subject code points, already cut at `endpos`. */
  s: number[];
  caps: number[];
  lastindex: number;
}

/** A compiled pattern: a function matching at a position. */
export class CompiledRegex {
  readonly groups: number;
  private readonly root: Node;
  private st: MatchState = { s: [], caps: [], lastindex: -1 };
  /**
   * Called at every repeat step: the session's time budget and cancel flag (`Interp.poll`), so a
   * pattern that backtracks for ever (`(a*)*b`) can still be stopped.
   */
  poll: () => void = () => {};

  constructor(readonly parsed: ParsedPattern) {
    this.groups = parsed.groups;
    this.root = this.compile(parsed.node);
  }

  /**
   * Matches at exactly `start` (anchored) or searching forward from it; `mustAdvance` forbids an
   * empty match at `start`. Returns the captures (`[start, end, g1s, g1e, ...]`, -1 for unset) and
   * lastindex, or null.
   */
  exec(s: number[], start: number, anchored: boolean, fullmatch: boolean, mustAdvance: boolean): { caps: number[]; lastindex: number } | null {
    const n = s.length;
    for (let at = start; at <= n; at++) {
      const st: MatchState = { s, caps: new Array(2 * (this.groups + 1)).fill(-1), lastindex: -1 };
      this.st = st;
      let end = -1;
      const ok = this.root(at, (j) => {
        if (fullmatch && j !== n) return false;
        if (mustAdvance && at === start && j === start) return false;
        end = j;
        return true;
      });
      if (ok) {
        st.caps[0] = at;
        st.caps[1] = end;
        return { caps: st.caps, lastindex: st.lastindex };
      }
      if (anchored) return null;
    }
    return null;
  }

  private compile(n: RegexNode): Node {
    const test = charTest(n);
    if (test) return (i, k) => i < this.st.s.length && test(this.st.s[i]) && k(i + 1);
    switch (n.kind) {
      case 'cat': {
        const parts = n.items.map((x) => this.compile(x));
        if (parts.length === 0) return (i, k) => k(i);
        const last = parts[parts.length - 1];
        return parts.slice(0, -1).reduceRight<Node>((next, part) => (i, k) => part(i, (j) => next(j, k)), last);
      }
      case 'alt': {
        const alts = n.alts.map((x) => this.compile(x));
        return (i, k) => {
          for (const a of alts) if (a(i, k)) return true;
          return false;
        };
      }
      case 'group': return this.compileGroup(n.index, this.compile(n.body));
      case 'repeat': return this.compileRepeat(n);
      case 'atomic': {
        const body = this.compile(n.body);
        return (i, k) => this.committed(body, i, k);
      }
      case 'look': return this.compileLook(n);
      case 'backref': return this.compileBackref(n.index, n.flags);
      case 'cond': {
        const yes = this.compile(n.yes);
        const no = this.compile(n.no);
        return (i, k) => (this.st.caps[2 * n.index + 1] >= 0 ? yes(i, k) : no(i, k));
      }
      case 'at': return this.compileAt(n.at, n.flags);
      default: throw new Error('unreachable');
    }
  }

  private compileGroup(index: number, body: Node): Node {
    if (index < 0) return body;
    return (i, k) => body(i, (j) => {
      const st = this.st;
      const ps = st.caps[2 * index];
      const pe = st.caps[2 * index + 1];
      const pl = st.lastindex;
      st.caps[2 * index] = i;
      st.caps[2 * index + 1] = j;
      st.lastindex = index;
      if (k(j)) return true;
      st.caps[2 * index] = ps;
      st.caps[2 * index + 1] = pe;
      st.lastindex = pl;
      return false;
    });
  }

  /** Runs `body` to its first success, then `k` once from there (atomic groups, possessive repeats). */
  private committed(body: Node, i: number, k: Cont): boolean {
    const saved = this.st.caps.slice();
    const savedLast = this.st.lastindex;
    let end = -1;
    if (!body(i, (j) => { end = j; return true; })) return false;
    if (k(end)) return true;
    this.st.caps = saved;
    this.st.lastindex = savedLast;
    return false;
  }

  private compileRepeat(n: Extract<RegexNode, { kind: 'repeat' }>): Node {
    const { min, max, greedy, possessive } = n;
    const test = charTest(n.body);
    if (test) {
      // Single-character bodies: count the run, then back off (or extend, lazily) one at a time.
      const run: Node = (i, k) => {
        this.poll();
        const s = this.st.s;
        let c = 0;
        const limit = Math.min(max, s.length - i);
        if (greedy || possessive) {
          while (c < limit && test(s[i + c])) c++;
          if (c < min) return false;
          if (possessive) return k(i + c);
          for (; c >= min; c--) if (k(i + c)) return true;
          return false;
        }
        while (c < min) {
          if (c >= limit || !test(s[i + c])) return false;
          c++;
        }
        for (;;) {
          if (k(i + c)) return true;
          if (c >= limit || !test(s[i + c])) return false;
          c++;
        }
      };
      return run;
    }
    const body = this.compile(n.body);
    const step = (count: number, i: number, k: Cont): boolean => {
      this.poll();
      // An iteration that matched empty is kept (its captures too) but not repeated (MAX_UNTIL's last_ptr).
      const more = (j: number): boolean => (j === i && count >= min ? k(j) : step(count + 1, j, k));
      if (greedy) {
        if (count < max && body(i, more)) return true;
        return count >= min && k(i);
      }
      if (count >= min && k(i)) return true;
      return count < max && body(i, more);
    };
    if (possessive) {
      const greedyAll: Node = (i, k) => step(0, i, k);
      return (i, k) => this.committed(greedyAll, i, k);
    }
    return (i, k) => step(0, i, k);
  }

  private compileLook(n: Extract<RegexNode, { kind: 'look' }>): Node {
    const body = this.compile(n.body);
    const width = n.width;
    return (i, k) => {
      const from = n.behind ? i - width : i;
      if (from < 0) return n.negate && k(i);
      const saved = this.st.caps.slice();
      const savedLast = this.st.lastindex;
      const found = body(from, (j) => !n.behind || j === i);
      if (n.negate) {
        this.st.caps = saved;
        this.st.lastindex = savedLast;
        return !found && k(i);
      }
      if (!found) return false;
      if (k(i)) return true;
      this.st.caps = saved;
      this.st.lastindex = savedLast;
      return false;
    };
  }

  private compileBackref(index: number, flags: number): Node {
    const fold = (flags & FLAG.I) !== 0;
    return (i, k) => {
      const { s, caps } = this.st;
      const a = caps[2 * index];
      const b = caps[2 * index + 1];
      if (a < 0 || b < 0) return false;
      const len = b - a;
      if (i + len > s.length) return false;
      for (let t = 0; t < len; t++) {
        const x = s[a + t];
        const y = s[i + t];
        if (x !== y && !(fold && (lower(x, flags) === lower(y, flags) || upper(x, flags) === upper(y, flags)))) return false;
      }
      return k(i + len);
    };
  }

  private compileAt(at: Extract<RegexNode, { kind: 'at' }>['at'], flags: number): Node {
    const multiline = (flags & FLAG.M) !== 0;
    const word = (i: number): boolean => i >= 0 && i < this.st.s.length && isWordChar(this.st.s[i], flags);
    return (i, k) => {
      const s = this.st.s;
      const n = s.length;
      let ok: boolean;
      switch (at) {
        case 'bol': ok = i === 0 || (multiline && s[i - 1] === 10); break;
        case 'eol': ok = i === n || (i === n - 1 && s[i] === 10) || (multiline && s[i] === 10); break;
        case 'A': ok = i === 0; break;
        case 'Z': ok = i === n; break;
        case 'b': ok = n > 0 && word(i - 1) !== word(i); break;
        case 'B': ok = n > 0 && word(i - 1) === word(i); break;
      }
      return ok && k(i);
    };
  }
}
