/**
 * The proleptic Gregorian arithmetic behind `datetime` and `calendar` (pure, no interpreter):
 * ordinals (0001-01-01 is day 1), ISO weeks, timedelta normalisation and the text forms CPython's
 * `_datetimemodule.c` prints (`str(timedelta)`, `isoformat`, UTC offsets).
 */

/** `datetime.MINYEAR` / `MAXYEAR`. */
export const MINYEAR = 1;
export const MAXYEAR = 9999;
/** Microseconds per day, as a bigint (timedeltas are counted in microseconds). */
export const US_PER_DAY = 86_400_000_000n;
/** `timedelta.max.days`. */
export const MAX_DELTA_DAYS = 999_999_999;
/** `date.max.toordinal()`. */
export const MAX_ORDINAL = 3_652_059;

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** `calendar.isleap`. */
export function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** Days in month `m` (1..12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m];
}

/** Days in the years before `y` (year 1 starts at 0). */
export function daysBeforeYear(y: number): number {
  const n = y - 1;
  return n * 365 + Math.floor(n / 4) - Math.floor(n / 100) + Math.floor(n / 400);
}

/** The day of the year (1-based) of y-m-d. */
export function dayOfYear(y: number, m: number, d: number): number {
  return DAYS_BEFORE_MONTH[m] + (m > 2 && isLeap(y) ? 1 : 0) + d;
}

/** `date.toordinal()`. */
export function toOrdinal(y: number, m: number, d: number): number {
  return daysBeforeYear(y) + dayOfYear(y, m, d);
}

/** `date.fromordinal(n)` as [year, month, day] (n already in 1..MAX_ORDINAL). */
export function fromOrdinal(n: number): [number, number, number] {
  let y = Math.floor((n - 1) / 365.2425) + 1;
  while (daysBeforeYear(y) >= n) y--;
  while (daysBeforeYear(y + 1) < n) y++;
  let left = n - daysBeforeYear(y);
  let m = 1;
  while (left > daysInMonth(y, m)) left -= daysInMonth(y, m++);
  return [y, m, left];
}

/** Monday is 0 (`date.weekday()`). */
export function weekdayOfOrdinal(n: number): number {
  return (n + 6) % 7;
}

/** `date.isocalendar()` as [year, week, weekday (1..7)]. */
export function isoCalendar(y: number, m: number, d: number): [number, number, number] {
  const ord = toOrdinal(y, m, d);
  let isoYear = y;
  let week1 = isoWeek1Monday(isoYear);
  if (ord < week1) week1 = isoWeek1Monday(--isoYear);
  else if (ord >= isoWeek1Monday(isoYear + 1)) week1 = isoWeek1Monday(++isoYear);
  return [isoYear, Math.floor((ord - week1) / 7) + 1, weekdayOfOrdinal(ord) + 1];
}

/** The ordinal of the Monday of ISO week 1 of `y` (the week holding 4 January). */
export function isoWeek1Monday(y: number): number {
  const jan4 = toOrdinal(y, 1, 4);
  return jan4 - weekdayOfOrdinal(jan4);
}

/** A timedelta's normalised fields from its total microseconds. */
export function splitDelta(total: bigint): { days: bigint; seconds: number; microseconds: number } {
  let days = total / US_PER_DAY;
  let rest = total % US_PER_DAY;
  if (rest < 0n) { rest += US_PER_DAY; days -= 1n; }
  return { days, seconds: Number(rest / 1_000_000n), microseconds: Number(rest % 1_000_000n) };
}

const pad = (n: number | bigint, w = 2): string => String(n).padStart(w, '0');

/** `str(timedelta)`: `-1 day, 0:00:05`, `2 days, 1:02:03.000004`. */
export function deltaStr(total: bigint): string {
  const { days, seconds, microseconds } = splitDelta(total);
  const hms = `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  const frac = microseconds ? `.${pad(microseconds, 6)}` : '';
  const dayPart = days !== 0n ? `${days} day${days === 1n || days === -1n ? '' : 's'}, ` : '';
  return dayPart + hms + frac;
}

/** `repr(timedelta)`'s arguments: `days=1, seconds=5` or `0`. */
export function deltaReprArgs(total: bigint): string {
  const { days, seconds, microseconds } = splitDelta(total);
  const parts: string[] = [];
  if (days !== 0n) parts.push(`days=${days}`);
  if (seconds) parts.push(`seconds=${seconds}`);
  if (microseconds) parts.push(`microseconds=${microseconds}`);
  return parts.length ? parts.join(', ') : '0';
}

/** `YYYY-MM-DD`. */
export function isoDate(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The time part of `isoformat(timespec=...)`, or null for an unknown timespec. */
export function isoTime(h: number, mi: number, s: number, us: number, timespec: string): string | null {
  switch (timespec) {
    case 'auto': return us ? isoTime(h, mi, s, us, 'microseconds') : isoTime(h, mi, s, us, 'seconds');
    case 'hours': return pad(h);
    case 'minutes': return `${pad(h)}:${pad(mi)}`;
    case 'seconds': return `${pad(h)}:${pad(mi)}:${pad(s)}`;
    case 'milliseconds': return `${pad(h)}:${pad(mi)}:${pad(s)}.${pad(Math.floor(us / 1000), 3)}`;
    case 'microseconds': return `${pad(h)}:${pad(mi)}:${pad(s)}.${pad(us, 6)}`;
    default: return null;
  }
}

/** A UTC offset as `+HH:MM[:SS[.ffffff]]` (`sep` ':' or '' as `%z`). */
export function offsetText(totalUs: bigint, sep: string): string {
  const sign = totalUs < 0n ? '-' : '+';
  const a = totalUs < 0n ? -totalUs : totalUs;
  const us = Number(a % 1_000_000n);
  const secs = Number(a / 1_000_000n);
  let text = `${sign}${pad(Math.floor(secs / 3600))}${sep}${pad(Math.floor(secs / 60) % 60)}`;
  if (secs % 60 || us) text += `${sep}${pad(secs % 60)}`;
  if (us) text += `.${pad(us, 6)}`;
  return text;
}

/** C-locale names (`calendar.day_name`, `month_name`...). */
export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The broken-down time `strftime` and `strptime` work on. */
export interface Fields {
  year: number; month: number; day: number; hour: number; minute: number; second: number; microsecond: number;
  /** `%z` text (`+0200`) or '' when naive; `%Z` the zone's name or ''. */
  z: string; zname: string;
}

/**
 * `strftime` in the C locale (glibc's directives; `%f`, `%z`, `%Z` are datetime's own). An
 * unknown directive is copied as glibc copies it.
 */
export function strftime(f: Fields, format: string): string {
  const ord = toOrdinal(f.year, f.month, f.day);
  const wd = weekdayOfOrdinal(ord);
  const yday = dayOfYear(f.year, f.month, f.day);
  const h12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
  const iso = (): [number, number, number] => isoCalendar(f.year, f.month, f.day);
  const one = (c: string): string | null => {
    switch (c) {
      case 'a': return DAY_NAMES[wd].slice(0, 3);
      case 'A': return DAY_NAMES[wd];
      case 'b': case 'h': return MONTH_NAMES[f.month].slice(0, 3);
      case 'B': return MONTH_NAMES[f.month];
      case 'c': return `${one('a')} ${one('b')} ${String(f.day).padStart(2, ' ')} ${one('X')} ${f.year}`;
      case 'C': return pad(Math.floor(f.year / 100));
      case 'd': return pad(f.day);
      case 'D': case 'x': return `${pad(f.month)}/${pad(f.day)}/${pad(f.year % 100)}`;
      case 'e': return String(f.day).padStart(2, ' ');
      case 'f': return pad(f.microsecond, 6);
      case 'F': return `${f.year}-${pad(f.month)}-${pad(f.day)}`;
      case 'G': return String(iso()[0]);
      case 'H': return pad(f.hour);
      case 'I': return pad(h12);
      case 'j': return pad(yday, 3);
      case 'm': return pad(f.month);
      case 'M': return pad(f.minute);
      case 'n': return '\n';
      case 'p': return f.hour < 12 ? 'AM' : 'PM';
      case 'r': return `${pad(h12)}:${pad(f.minute)}:${pad(f.second)} ${one('p')}`;
      case 'R': return `${pad(f.hour)}:${pad(f.minute)}`;
      case 'S': return pad(f.second);
      case 't': return '\t';
      case 'T': case 'X': return `${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`;
      case 'u': return String(wd + 1);
      case 'U': return pad(Math.floor((yday - 1 + 7 - ((wd + 1) % 7)) / 7));
      case 'V': return pad(iso()[1]);
      case 'w': return String((wd + 1) % 7);
      case 'W': return pad(Math.floor((yday - 1 + 7 - wd) / 7));
      case 'y': return pad(f.year % 100);
      case 'Y': return String(f.year);
      case 'z': return f.z;
      case 'Z': return f.zname;
      case '%': return '%';
      default: return null;
    }
  };
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch !== '%' || i + 1 >= format.length) { out += ch; continue; }
    const r = one(format[++i]);
    out += r ?? `%${format[i]}`;
  }
  return out;
}
