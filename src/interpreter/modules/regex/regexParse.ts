/**
 * Python's regular-expression syntax (Lib/re/_parser.py, 3.11–3.13) parsed into a small tree the
 * backtracking matcher (regexMatch.ts) runs. Positions are code-point offsets into the pattern, and
 * every error carries CPython's message and position ("nothing to repeat" at 0 for `*`).
 *
 * Flags follow `re`'s values: I=2, L=4, M=8, S=16, U=32, X=64, A=256. Inline flags `(?imsx)` are
 * global only at the start of the pattern (3.11+: an error elsewhere); `(?i:...)` scopes them.
 */

/** `re` flag bits. */
export const FLAG = { I: 2, L: 4, M: 8, S: 16, U: 32, X: 64, DEBUG: 128, A: 256 } as const;

/** A regex syntax error: CPython's `re.error(msg, pattern, pos)`. */
export class RegexSyntaxError extends Error {
  constructor(readonly msg: string, readonly pos: number | null) {
    super(pos === null ? msg : `${msg} at position ${pos}`);
  }
}

/** A character-class item: a range of code points or a category escape. */
export type ClassItem =
  | { kind: 'range'; lo: number; hi: number }
  | { kind: 'cat'; cat: 'd' | 'D' | 'w' | 'W' | 's' | 'S' };

/** A node of the parsed pattern; `flags` are the flags in force where it stands. */
export type RegexNode =
  | { kind: 'char'; cp: number; flags: number }
  | { kind: 'any'; flags: number }
  | { kind: 'class'; items: ClassItem[]; negate: boolean; flags: number }
  | { kind: 'cat'; items: RegexNode[] }
  | { kind: 'alt'; alts: RegexNode[] }
  | { kind: 'group'; index: number; body: RegexNode }
  | { kind: 'repeat'; body: RegexNode; min: number; max: number; greedy: boolean; possessive: boolean }
  | { kind: 'look'; body: RegexNode; behind: boolean; negate: boolean; width: number }
  | { kind: 'atomic'; body: RegexNode }
  | { kind: 'backref'; index: number; flags: number }
  | { kind: 'cond'; index: number; yes: RegexNode; no: RegexNode }
  | { kind: 'at'; at: 'bol' | 'eol' | 'A' | 'Z' | 'b' | 'B'; flags: number };

/** A parsed pattern: the tree, the group count, the names, and the flags with the inline ones. */
export interface ParsedPattern {
  node: RegexNode;
  groups: number;
  groupIndex: Map<string, number>;
  flags: number;
}

/** `MAXREPEAT`: an unbounded repeat. */
export const MAXREPEAT = 4294967295;

const DIGITS = /^[0-9]$/;
const FLAG_CHARS: Record<string, number> = { i: FLAG.I, L: FLAG.L, m: FLAG.M, s: FLAG.S, x: FLAG.X, a: FLAG.A, u: FLAG.U };
const ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };

function isIdentifier(name: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name);
}

/** Parses `pattern` (code points) with `flags`; throws RegexSyntaxError. */
export function parseRegex(pattern: string, flags: number, isBytes = false): ParsedPattern {
  return new Parser(pattern, flags, isBytes).parseAll();
}

class Parser {
  private readonly src: string[];
  private i = 0;
  private groups = 1;
  private readonly names = new Map<string, number>();
  private readonly open = new Set<number>();
  private readonly closed = new Set<number>();

  constructor(pattern: string, private flags: number, private readonly isBytes: boolean) {
    this.src = Array.from(pattern);
  }

  private err(msg: string, pos: number | null = this.i): never {
    throw new RegexSyntaxError(msg, pos);
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private verbose(flags: number): boolean {
    return (flags & FLAG.X) !== 0;
  }

  /** Skips whitespace and comments under VERBOSE. */
  private skipVerbose(flags: number): void {
    if (!this.verbose(flags)) return;
    for (;;) {
      const c = this.peek();
      if (c === undefined) return;
      if (' \t\n\r\v\f'.includes(c)) this.i++;
      else if (c === '#') {
        while (this.i < this.src.length && this.src[this.i] !== '\n') this.i++;
      } else return;
    }
  }

  parseAll(): ParsedPattern {
    this.leadingFlags();
    // str patterns are Unicode unless ASCII: set before parsing so every node sees it.
    if (!this.isBytes && (this.flags & FLAG.A) === 0) this.flags |= FLAG.U;
    const node = this.alternation(this.flags, 0);
    if (this.i < this.src.length) {
      if (this.src[this.i] === ')') this.err('unbalanced parenthesis');
      this.err('bad state');
    }
    return { node, groups: this.groups - 1, groupIndex: this.names, flags: this.flags };
  }

  /** Global inline flags `(?imsx)` at the very start (several in a row are allowed). */
  private leadingFlags(): void {
    for (;;) {
      const save = this.i;
      if (this.src[this.i] !== '(' || this.src[this.i + 1] !== '?') return;
      let j = this.i + 2;
      let add = 0;
      while (this.src[j] !== undefined && FLAG_CHARS[this.src[j]] !== undefined) add |= this.flagChar(this.src[j++], j);
      if (j === this.i + 2 || this.src[j] !== ')') return;
      this.flags |= add;
      this.i = j + 1;
      if (this.i === save) return;
    }
  }

  private alternation(flags: number, depth: number): RegexNode {
    const alts: RegexNode[] = [this.sequence(flags, depth)];
    while (this.peek() === '|') {
      this.i++;
      alts.push(this.sequence(flags, depth));
    }
    return alts.length === 1 ? alts[0] : { kind: 'alt', alts };
  }

  private sequence(flags: number, depth: number): RegexNode {
    const items: RegexNode[] = [];
    for (;;) {
      this.skipVerbose(flags);
      const c = this.peek();
      if (c === undefined || c === '|' || c === ')') break;
      const start = this.i;
      const atom = this.atom(flags, depth);
      if (atom === null) continue;
      items.push(this.quantified(atom, flags, start));
    }
    return items.length === 1 ? items[0] : { kind: 'cat', items };
  }

  /** `{m,n}` at the cursor, or null when it is a literal brace. */
  private braces(): [number, number] | null {
    let j = this.i + 1;
    let lo = '';
    let hi = '';
    while (this.src[j] !== undefined && DIGITS.test(this.src[j])) lo += this.src[j++];
    let comma = false;
    if (this.src[j] === ',') {
      comma = true;
      j++;
      while (this.src[j] !== undefined && DIGITS.test(this.src[j])) hi += this.src[j++];
    } else hi = lo;
    if (this.src[j] !== '}' || (!comma && lo === '')) return null;
    const min = lo === '' ? 0 : Number(lo);
    const max = hi === '' ? MAXREPEAT : Number(hi);
    if (max < min) this.err('min repeat greater than max repeat', this.i + 1);
    this.i = j + 1;
    return [min, max];
  }

  private quantified(atom: RegexNode, flags: number, atomStart: number): RegexNode {
    let node = atom;
    let repeated = false;
    for (;;) {
      this.skipVerbose(flags);
      const c = this.peek();
      const here = this.i;
      let range: [number, number] | null = null;
      if (c === '*') range = [0, MAXREPEAT];
      else if (c === '+') range = [1, MAXREPEAT];
      else if (c === '?') range = [0, 1];
      if (range) this.i++;
      else if (c === '{') range = this.braces();
      if (!range) return node;
      if (repeated) this.err('multiple repeat', here);
      if (atom.kind === 'at' || (atom.kind === 'cat' && atom.items.length === 0)) this.err('nothing to repeat', here);
      void atomStart;
      let greedy = true;
      let possessive = false;
      if (this.peek() === '?') { greedy = false; this.i++; } else if (this.peek() === '+') { possessive = true; this.i++; }
      node = { kind: 'repeat', body: node, min: range[0], max: range[1], greedy, possessive };
      repeated = true;
    }
  }

  /** One atom, or null for something that matches nothing (a comment, a flag group). */
  private atom(flags: number, depth: number): RegexNode | null {
    const c = this.src[this.i];
    const start = this.i;
    if ('*+?'.includes(c)) this.err('nothing to repeat');
    if (c === '{' && this.braces() !== null) this.err('nothing to repeat', start);
    this.i++;
    switch (c) {
      case '.': return { kind: 'any', flags };
      case '^': return { kind: 'at', at: 'bol', flags };
      case '$': return { kind: 'at', at: 'eol', flags };
      case '[': return this.charClass(flags, start);
      case '\\': return this.escape(flags, false) as RegexNode;
      case '(': return this.group(flags, depth, start);
      default: return { kind: 'char', cp: c.codePointAt(0) as number, flags };
    }
  }

  private group(flags: number, depth: number, start: number): RegexNode | null {
    let capture = true;
    let name: string | null = null;
    let groupFlags = flags;
    if (this.peek() === '?') {
      this.i++;
      const c = this.peek();
      if (c === undefined) this.err('unexpected end of pattern');
      this.i++;
      if (c === 'P') {
        const d = this.peek();
        if (d === '<') {
          this.i++;
          name = this.groupName('>');
        } else if (d === '=') {
          this.i++;
          const nameStart = this.i;
          const ref = this.groupName(')');
          const idx = this.names.get(ref);
          if (idx === undefined) this.err(`unknown group name '${ref}'`, nameStart);
          if (!this.closed.has(idx)) this.err('cannot refer to an open group', nameStart);
          return { kind: 'backref', index: idx, flags };
        } else {
          if (d === undefined) this.err('unexpected end of pattern');
          this.err(`unknown extension ?P${d}`, start + 1);
        }
      } else if (c === ':') capture = false;
      else if (c === '#') {
        while (this.i < this.src.length && this.src[this.i] !== ')') this.i++;
        if (this.i >= this.src.length) this.err('missing ), unterminated comment', start);
        this.i++;
        return null;
      } else if (c === '=' || c === '!' || c === '<') {
        let behind = false;
        let kind = c;
        if (c === '<') {
          const d = this.peek();
          if (d === undefined) this.err('unexpected end of pattern');
          if (d !== '=' && d !== '!') this.err(`unknown extension ?<${d}`, start + 1);
          this.i++;
          behind = true;
          kind = d;
        }
        const body = this.alternation(flags, depth + 1);
        this.close(start);
        let width = 0;
        if (behind) {
          const w = fixedWidth(body);
          if (w === null) this.err('look-behind requires fixed-width pattern', null);
          width = w;
        }
        return { kind: 'look', body, behind, negate: kind === '!', width };
      } else if (c === '>') {
        const body = this.alternation(flags, depth + 1);
        this.close(start);
        return { kind: 'atomic', body };
      } else if (c === '(') {
        const refStart = this.i;
        const ref = this.groupName(')');
        let index: number;
        if (/^[0-9]+$/.test(ref)) {
          index = Number(ref);
          if (index === 0) this.err('bad group number', refStart);
          if (index >= 100) this.err('invalid group reference ' + index, refStart);
        } else {
          const idx = this.names.get(ref);
          if (idx === undefined) this.err(`unknown group name '${ref}'`, refStart);
          index = idx;
        }
        const yes = this.sequence(flags, depth + 1);
        let no: RegexNode = { kind: 'cat', items: [] };
        if (this.peek() === '|') {
          this.i++;
          no = this.sequence(flags, depth + 1);
          if (this.peek() === '|') this.err('conditional backref with more than two branches');
        }
        this.close(start);
        if (index >= this.groups) this.err('invalid group reference ' + index, refStart);
        return { kind: 'cond', index, yes, no };
      } else if (FLAG_CHARS[c] !== undefined || c === '-') {
        this.i--;
        const scoped = this.inlineFlags(flags, start);
        if (scoped === null) return null;
        groupFlags = scoped;
        capture = false;
      } else {
        this.err(`unknown extension ?${c}`, start + 1);
      }
    }
    let index = 0;
    if (capture) {
      index = this.groups++;
      if (name !== null) {
        const old = this.names.get(name);
        if (old !== undefined) this.err(`redefinition of group name '${name}' as group ${index}; was group ${old}`, this.i - name.length - 1);
        this.names.set(name, index);
      }
      this.open.add(index);
    }
    const body = this.alternation(groupFlags, depth + 1);
    this.close(start);
    if (!capture) return body.kind === 'cat' || body.kind === 'alt' ? { kind: 'group', index: -1, body } : body;
    this.open.delete(index);
    this.closed.add(index);
    return { kind: 'group', index, body };
  }

  private close(start: number): void {
    if (this.peek() !== ')') this.err('missing ), unterminated subpattern', start);
    this.i++;
  }

  /** `(?flags)` not at the start (an error since 3.11) or `(?flags-flags:...)`: the scoped flags. */
  /** An inline flag letter's bit; 'u' in a bytes pattern and 'L' in a str one are errors at `after`. */
  private flagChar(c: string, after: number): number {
    if (c === 'u' && this.isBytes) this.err("bad inline flags: cannot use 'u' flag with a bytes pattern", after);
    if (c === 'L' && !this.isBytes) this.err("bad inline flags: cannot use 'L' flag with a str pattern", after);
    return FLAG_CHARS[c];
  }

  private inlineFlags(flags: number, start: number): number | null {
    let add = 0;
    let del = 0;
    while (this.peek() !== undefined && FLAG_CHARS[this.peek() as string] !== undefined) add |= this.flagChar(this.src[this.i++], this.i);
    if (this.peek() === ')') {
      this.err('global flags not at the start of the expression', start);
    }
    if (this.peek() === '-') {
      this.i++;
      while (this.peek() !== undefined && FLAG_CHARS[this.peek() as string] !== undefined) del |= FLAG_CHARS[this.src[this.i++]];
      if (this.peek() === undefined) this.err('missing :');
      if (this.peek() !== ':') this.err('missing :');
    }
    if (this.peek() === undefined) this.err('missing -, : or )');
    if (this.peek() !== ':') this.err('missing -, : or )');
    this.i++;
    return (flags | add) & ~del;
  }

  private groupName(terminator: string): string {
    const begin = this.i;
    while (this.i < this.src.length && this.src[this.i] !== terminator) this.i++;
    if (this.i >= this.src.length) {
      if (begin === this.i) this.err('missing group name', begin);
      this.err(`missing ${terminator}, unterminated name`, begin);
    }
    const name = this.src.slice(begin, this.i).join('');
    this.i++;
    if (name === '') this.err('missing group name', begin);
    if (terminator === '>' && !isIdentifier(name)) this.err(`bad character in group name '${name}'`, begin);
    if (terminator === ')' && !isIdentifier(name) && !/^[0-9]+$/.test(name)) this.err(`bad character in group name '${name}'`, begin);
    return name;
  }

  private charClass(flags: number, start: number): RegexNode {
    const items: ClassItem[] = [];
    let negate = false;
    if (this.peek() === '^') { negate = true; this.i++; }
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.err('unterminated character set', start);
      if (c === ']' && !first) { this.i++; break; }
      first = false;
      const itemStart = this.i;
      const lo = this.classAtom(flags);
      if (this.peek() === '-' && this.src[this.i + 1] !== undefined && this.src[this.i + 1] !== ']') {
        this.i++;
        const hi = this.classAtom(flags);
        if (typeof lo !== 'number' || typeof hi !== 'number') {
          const text = this.src.slice(itemStart, this.i).join('');
          this.err(`bad character range ${text}`, itemStart);
        }
        if (hi < lo) this.err(`bad character range ${this.src.slice(itemStart, this.i).join('')}`, itemStart);
        items.push({ kind: 'range', lo, hi });
      } else if (typeof lo === 'number') items.push({ kind: 'range', lo, hi: lo });
      else items.push(lo);
    }
    return { kind: 'class', items, negate, flags };
  }

  private classAtom(flags: number): number | ClassItem {
    const c = this.src[this.i++];
    if (c === undefined) this.err('unterminated character set');
    if (c !== '\\') return c.codePointAt(0) as number;
    const e = this.escape(flags, true);
    if (e.kind === 'char') return e.cp;
    if (e.kind === 'class') return e.items[0];
    return this.err(`bad escape`);
  }

  /** After a backslash: a literal, a category, an anchor or a back-reference. */
  private escape(flags: number, inClass: boolean): RegexNode {
    const at = this.i - 1;
    const c = this.src[this.i++];
    if (c === undefined) this.err('bad escape (end of pattern)', at);
    const lit = (cp: number): RegexNode => ({ kind: 'char', cp, flags });
    if ('dDwWsS'.includes(c)) return { kind: 'class', items: [{ kind: 'cat', cat: c as 'd' }], negate: false, flags };
    if (c === 'b' && inClass) return lit(8);
    if (ESCAPES[c] !== undefined && c !== 'b') return lit(ESCAPES[c]);
    if (!inClass) {
      if (c === 'A') return { kind: 'at', at: 'A', flags };
      if (c === 'Z') return { kind: 'at', at: 'Z', flags };
      if (c === 'b') return { kind: 'at', at: 'b', flags };
      if (c === 'B') return { kind: 'at', at: 'B', flags };
    }
    if (c === 'x') return lit(this.hexDigits(2, at, c));
    if (!this.isBytes && (c === 'u' || c === 'U')) {
      const cp = this.hexDigits(c === 'u' ? 4 : 8, at, c);
      if (cp > 0x10ffff) this.err(`bad escape \\${c}${this.src.slice(at + 2, this.i).join('')}`, at);
      return lit(cp);
    }
    if (c === '0') {
      let digits = '0';
      while (digits.length < 3 && /[0-7]/.test(this.peek() ?? '')) digits += this.src[this.i++];
      return lit(parseInt(digits, 8));
    }
    if (DIGITS.test(c)) {
      // Octal when three octal digits follow the backslash; otherwise a group reference.
      if (/[0-7]/.test(c) && /[0-7]/.test(this.src[this.i] ?? '') && /[0-7]/.test(this.src[this.i + 1] ?? '')) {
        const v = parseInt(c + this.src[this.i] + this.src[this.i + 1], 8);
        this.i += 2;
        if (v > 0o377) this.err(`octal escape value \\${c}${this.src[this.i - 2]}${this.src[this.i - 1]} outside of range 0-0o377`, at);
        return lit(v);
      }
      if (inClass) this.err(`bad escape \\${c}`, at);
      let num = c;
      if (DIGITS.test(this.peek() ?? '')) num += this.src[this.i++];
      const index = Number(num);
      if (index >= this.groups) this.err(`invalid group reference ${index}`, at + 1);
      if (!this.closed.has(index)) this.err('cannot refer to an open group', at);
      return { kind: 'backref', index, flags };
    }
    if (/[A-Za-z]/.test(c)) this.err(`bad escape \\${c}`, at);
    return lit(c.codePointAt(0) as number);
  }

  private hexDigits(n: number, at: number, letter: string): number {
    let s = '';
    while (s.length < n && /[0-9a-fA-F]/.test(this.peek() ?? '')) s += this.src[this.i++];
    if (s.length < n) this.err(`incomplete escape \\${letter}${s}`, at);
    return parseInt(s, 16);
  }
}

/** The width every match of `n` has, or null when it varies (look-behind needs a fixed one). */
export function fixedWidth(n: RegexNode): number | null {
  switch (n.kind) {
    case 'char': case 'any': case 'class': return 1;
    case 'at': case 'look': return 0;
    case 'backref': return null;
    case 'group': case 'atomic': return fixedWidth(n.body);
    case 'cat': {
      let w = 0;
      for (const x of n.items) {
        const v = fixedWidth(x);
        if (v === null) return null;
        w += v;
      }
      return w;
    }
    case 'alt': case 'cond': {
      const alts = n.kind === 'alt' ? n.alts : [n.yes, n.no];
      const ws = alts.map(fixedWidth);
      return ws.every((w) => w !== null && w === ws[0]) ? ws[0] : null;
    }
    case 'repeat': {
      if (n.min !== n.max) return null;
      const w = fixedWidth(n.body);
      return w === null ? null : w * n.min;
    }
  }
}
