/**
 * Replacement templates of `re.sub` and `Match.expand` (Lib/re/_parser.py `parse_template`):
 * literal pieces and group references `\1`, `\g<1>`, `\g<name>`, with Python's escapes (`\n`,
 * octal `\0`, `\012`) and CPython's errors. An unmatched group expands to '' (3.5+).
 */
import { RegexSyntaxError } from './regexParse';

/** `\\g<name>` naming no group: CPython raises IndexError, not re.error. */
export class UnknownGroupName extends Error {}

/** A parsed template: alternating literal strings and group indices. */
export type TemplatePiece = string | number;

const ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

function isIdentifier(name: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name);
}

/** Parses `template` against a pattern with `groups` groups and the names `groupIndex`. */
export function parseTemplate(template: string, groups: number, groupIndex: Map<string, number>): TemplatePiece[] {
  const src = Array.from(template);
  const out: TemplatePiece[] = [];
  let lit = '';
  const flush = (): void => {
    if (lit) out.push(lit);
    lit = '';
  };
  const ref = (index: number, at: number): void => {
    if (index > groups) throw new RegexSyntaxError(`invalid group reference ${index}`, at);
    flush();
    out.push(index);
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i++];
    if (c !== '\\') {
      lit += c;
      continue;
    }
    const at = i - 1;
    const d = src[i++];
    if (d === undefined) throw new RegexSyntaxError('bad escape (end of pattern)', at);
    if (d === 'g') {
      if (src[i] !== '<') {
        throw new RegexSyntaxError(src[i] === undefined ? 'missing <' : 'missing <', i);
      }
      const begin = ++i;
      while (i < src.length && src[i] !== '>') i++;
      if (i >= src.length) {
        if (begin === i) throw new RegexSyntaxError('missing group name', begin);
        throw new RegexSyntaxError('missing >, unterminated name', begin);
      }
      const name = src.slice(begin, i).join('');
      i++;
      if (name === '') throw new RegexSyntaxError('missing group name', begin);
      if (/^[0-9]+$/.test(name)) ref(Number(name), begin);
      else {
        if (!isIdentifier(name)) throw new RegexSyntaxError(`bad character in group name '${name}'`, begin);
        const index = groupIndex.get(name);
        if (index === undefined) throw new UnknownGroupName(`unknown group name '${name}'`);
        ref(index, begin);
      }
    } else if (d === '0') {
      let digits = '';
      while (digits.length < 2 && /[0-7]/.test(src[i] ?? '')) digits += src[i++];
      lit += String.fromCodePoint(parseInt('0' + digits, 8));
    } else if (/[1-9]/.test(d)) {
      let num = d;
      if (/[0-9]/.test(src[i] ?? '')) {
        num += src[i++];
        if (/[0-7]/.test(d) && /[0-7]/.test(num[1]) && /[0-7]/.test(src[i] ?? '')) {
          const v = parseInt(num + src[i++], 8);
          if (v > 0o377) throw new RegexSyntaxError(`octal escape value \\${num}${src[i - 1]} outside of range 0-0o377`, at);
          lit += String.fromCodePoint(v);
          continue;
        }
      }
      ref(Number(num), at + 1);
    } else if (ESCAPES[d] !== undefined) lit += ESCAPES[d];
    else if (/[A-Za-z]/.test(d)) throw new RegexSyntaxError(`bad escape \\${d}`, at);
    else lit += '\\' + d;
  }
  flush();
  return out;
}
