/**
 * The parsers of `datetime`: `strptime` (as Lib/_strptime.py does it: each directive becomes a
 * regular expression group, the whole match is case-insensitive, whitespace matches any run of
 * whitespace) and `fromisoformat` (3.11's extended forms: basic `YYYYMMDD`, ISO weeks, any
 * separator, `Z`). Pure: the callers turn `ParseError`s into ValueErrors.
 */
import { DAY_NAMES, MONTH_NAMES, fromOrdinal, isoWeek1Monday, toOrdinal } from './datetimeCalc';

/** A parse failure carrying CPython's ValueError message. */
export class ParseError extends Error {}

/** What a parser found; `offsetUs` is null when no UTC offset was given. */
export interface Parsed {
  year: number; month: number; day: number; hour: number; minute: number; second: number; microsecond: number;
  offsetUs: bigint | null;
}

const names = (list: string[], n?: number): string => list.filter(Boolean).map((s) => (n ? s.slice(0, n) : s)).join('|');

/** `_strptime.TimeRE`'s patterns (C locale). */
const PATTERNS: Record<string, string> = {
  d: '(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])',
  f: '(\\d{1,6})',
  H: '(2[0-3]|[0-1]\\d|\\d)',
  I: '(1[0-2]|0[1-9]|[1-9])',
  j: '(36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
  m: '(1[0-2]|0[1-9]|[1-9])',
  M: '([0-5]\\d|\\d)',
  S: '(6[0-1]|[0-5]\\d|\\d)',
  y: '(\\d\\d)',
  Y: '(\\d\\d\\d\\d)',
  z: '(?:(Z)|([+-]\\d\\d(?::?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?)?))',
  A: `(${names(DAY_NAMES)})`,
  a: `(${names(DAY_NAMES, 3)})`,
  B: `(${names(MONTH_NAMES)})`,
  b: `(${names(MONTH_NAMES, 3)})`,
  p: '(am|pm)',
  Z: '(utc|gmt)',
  '%': '(%)',
};
const COMPOSITE: Record<string, string> = { c: '%a %b %d %H:%M:%S %Y', x: '%m/%d/%y', X: '%H:%M:%S', D: '%m/%d/%y', T: '%H:%M:%S', R: '%H:%M', F: '%Y-%m-%d' };

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compileFormat(format: string, order: string[]): string {
  let re = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '%') {
      const d = format[++i];
      if (d === undefined) throw new ParseError(`stray % in format '${format}'`);
      if (COMPOSITE[d]) { re += compileFormat(COMPOSITE[d], order); continue; }
      const p = PATTERNS[d];
      if (!p) throw new ParseError(`'${d}' is a bad directive in format '%${d}'`);
      order.push(d);
      if (d === 'z') order.push('z2');
      re += p;
    } else if (/\s/.test(ch)) {
      while (i + 1 < format.length && /\s/.test(format[i + 1])) i++;
      re += '\\s+';
    } else {
      re += escapeRe(ch);
    }
  }
  return re;
}

/** `datetime.strptime(text, format)`'s fields. */
export function strptime(text: string, format: string): Parsed {
  const order: string[] = [];
  const re = new RegExp(`^${compileFormat(format, order)}`, 'i');
  const m = re.exec(text);
  if (!m) throw new ParseError(`time data '${text}' does not match format '${format}'`);
  if (m[0].length !== text.length) throw new ParseError(`unconverted data remains: ${text.slice(m[0].length)}`);
  const r: Parsed = { year: 1900, month: 1, day: 1, hour: 0, minute: 0, second: 0, microsecond: 0, offsetUs: null };
  let hour12: number | null = null;
  let pm: boolean | null = null;
  let julian: number | null = null;
  let dateGiven = false;
  order.forEach((d, k) => {
    const v = m[k + 1];
    if (v === undefined) return;
    const n = Number(v);
    switch (d) {
      case 'd': r.day = n; dateGiven = true; break;
      case 'm': r.month = n; dateGiven = true; break;
      case 'b': case 'B': r.month = MONTH_NAMES.findIndex((s) => s && s.toLowerCase().startsWith(v.toLowerCase())); dateGiven = true; break;
      case 'Y': r.year = n; break;
      case 'y': r.year = n + (n <= 68 ? 2000 : 1900); break;
      case 'H': r.hour = n; break;
      case 'I': hour12 = n; break;
      case 'p': pm = v.toLowerCase() === 'pm'; break;
      case 'M': r.minute = n; break;
      case 'S': r.second = n; break;
      case 'f': r.microsecond = Number(v.padEnd(6, '0')); break;
      case 'j': julian = n; break;
      case 'z': r.offsetUs = 0n; break;
      case 'z2': r.offsetUs = offsetOf(v); break;
      default: break;
    }
  });
  if (hour12 !== null) r.hour = (hour12 % 12) + (pm ? 12 : 0);
  if (julian !== null && !dateGiven) [r.year, r.month, r.day] = fromOrdinal(toOrdinal(r.year, 1, 1) + julian - 1);
  if (r.second === 61) r.second = 59;
  return r;
}

/** `[+-]HH[:]MM[[:]SS[.ffffff]]` in microseconds. */
function offsetOf(v: string): bigint {
  const sign = v[0] === '-' ? -1n : 1n;
  const body = v.slice(1).replace(/:/g, '');
  const [whole, frac = ''] = body.split('.');
  const h = BigInt(whole.slice(0, 2));
  const mi = BigInt(whole.slice(2, 4) || '0');
  const s = BigInt(whole.slice(4, 6) || '0');
  const us = BigInt(frac.padEnd(6, '0') || '0');
  return sign * (((h * 60n + mi) * 60n + s) * 1_000_000n + us);
}

/** `date.fromisoformat`: `YYYY-MM-DD`, `YYYYMMDD`, `YYYY-Www[-D]`, `YYYYWww[D]`; null when malformed. */
export function parseIsoDate(s: string): [number, number, number] | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  m = /^(\d{4})-W(\d{2})(?:-(\d))?$/.exec(s) ?? /^(\d{4})W(\d{2})(\d)?$/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (week < 1 || week > 53 || day < 1 || day > 7) throw new ParseError(week < 1 || week > 53 ? `Invalid week: ${week}` : `Invalid weekday: ${day} (range is [1, 7])`);
  if (week === 53 && isoWeek1Monday(year + 1) - isoWeek1Monday(year) < 53 * 7) throw new ParseError(`Invalid week: ${week}`);
  return fromOrdinal(isoWeek1Monday(year) + (week - 1) * 7 + day - 1);
}

/** `time.fromisoformat`'s fields and offset; null when malformed. */
export function parseIsoTime(s: string): [number, number, number, number, bigint | null] | null {
  const tz = /(Z|[+-].*)$/.exec(s);
  const body = tz ? s.slice(0, tz.index) : s;
  let offset: bigint | null = null;
  if (tz) {
    if (tz[1] === 'Z') offset = 0n;
    else {
      if (!/^[+-]\d{2}(:?\d{2}(:?\d{2}(\.\d{1,6})?)?)?$/.exec(tz[1])) return null;
      offset = offsetOf(tz[1]);
    }
  }
  const m = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?$/.exec(body);
  if (!m) return null;
  const sep = body.length > 2 && body[2] === ':';
  if (sep && m[3] !== undefined && body[5] !== ':') return null;
  const frac = m[4] ?? '';
  if (frac && frac.length !== 3 && frac.length !== 6 && frac.length < 6) {
    if (frac.length < 1) return null;
  }
  const us = frac ? Number(frac.slice(0, 6).padEnd(6, '0')) : 0;
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0), us, offset];
}
