/**
 * The arithmetic of tracemalloc's snapshots, apart from Python objects: grouping traces into
 * statistics by `lineno`, `filename` or `traceback`, the differences between two snapshots, their
 * order, filters (`fnmatch` patterns) and the sizes as `Statistic.__str__` prints them
 * (Lib/tracemalloc.py's `_format_size`: B, KiB, MiB… with 3 or 4 significant digits).
 */

/** A frame as tracemalloc shows it: file and line (0 for `filename` statistics). */
export interface TmFrame {
  filename: string;
  lineno: number;
}

/** A traced block of a snapshot. */
export interface TmTrace {
  domain: number;
  size: number;
  frame: TmFrame;
}

/** A statistic (`Statistic`) or a difference (`StatisticDiff`, with the diffs). */
export interface TmStat {
  frame: TmFrame;
  size: number;
  count: number;
  sizeDiff: number;
  countDiff: number;
}

/** `key_type` values. */
export type KeyType = 'lineno' | 'filename' | 'traceback';

function cmp(a: number | string, b: number | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Frames compare as (filename, lineno) tuples. */
export function compareFrames(a: TmFrame, b: TmFrame): number {
  return cmp(a.filename, b.filename) || cmp(a.lineno, b.lineno);
}

/** The grouping key of a trace. */
function keyFrame(t: TmTrace, keyType: KeyType): TmFrame {
  return keyType === 'filename' ? { filename: t.frame.filename, lineno: 0 } : t.frame;
}

function group(traces: readonly TmTrace[], keyType: KeyType): Map<string, TmStat> {
  const out = new Map<string, TmStat>();
  for (const t of traces) {
    const frame = keyFrame(t, keyType);
    const id = `${frame.lineno}\0${frame.filename}`;
    const s = out.get(id);
    if (s) { s.size += t.size; s.count++; } else out.set(id, { frame, size: t.size, count: 1, sizeDiff: 0, countDiff: 0 });
  }
  return out;
}

/** `Snapshot.statistics`: sorted as `sort(reverse=True, key=(size, count, traceback))`. */
export function statistics(traces: readonly TmTrace[], keyType: KeyType): TmStat[] {
  const stats = [...group(traces, keyType).values()];
  stats.sort((a, b) => cmp(b.size, a.size) || cmp(b.count, a.count) || compareFrames(b.frame, a.frame));
  return stats;
}

/** `Snapshot.compare_to`: every key of either snapshot, biggest change first. */
export function compare(newer: readonly TmTrace[], older: readonly TmTrace[], keyType: KeyType): TmStat[] {
  const now = group(newer, keyType);
  const before = group(older, keyType);
  const out: TmStat[] = [];
  for (const [id, s] of now) {
    const o = before.get(id);
    out.push({ ...s, sizeDiff: s.size - (o ? o.size : 0), countDiff: s.count - (o ? o.count : 0) });
  }
  for (const [id, o] of before) if (!now.has(id)) out.push({ frame: o.frame, size: 0, count: 0, sizeDiff: -o.size, countDiff: -o.count });
  out.sort((a, b) => cmp(Math.abs(b.sizeDiff), Math.abs(a.sizeDiff)) || cmp(b.size, a.size)
    || cmp(Math.abs(b.countDiff), Math.abs(a.countDiff)) || cmp(b.count, a.count) || compareFrames(b.frame, a.frame));
  return out;
}

/** A `Filter` or a `DomainFilter` (filenamePattern null). */
export interface TmFilter {
  inclusive: boolean;
  filenamePattern: string | null;
  lineno: number | null;
  allFrames: boolean;
  domain: number | null;
}

/** `fnmatch.fnmatch` on POSIX: `*`, `?`, `[seq]`, `[!seq]`, the rest literal. */
export function fnmatch(name: string, pattern: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) { re += '\\['; continue; }
      let body = pattern.slice(i + 1, end);
      const negate = body.startsWith('!');
      if (negate) body = body.slice(1);
      re += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = end;
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`).test(name);
}

function matches(f: TmFilter, t: TmTrace): boolean {
  if (f.filenamePattern === null) return (t.domain === f.domain) === f.inclusive;
  if (f.domain !== null && t.domain !== f.domain) return !f.inclusive;
  const hit = fnmatch(t.frame.filename, f.filenamePattern) && (f.lineno === null || t.frame.lineno === f.lineno);
  return hit === f.inclusive;
}

/** `Snapshot.filter_traces`: kept if an inclusive filter matches (when any) and no exclusive one rejects. */
export function filterTraces(traces: readonly TmTrace[], filters: readonly TmFilter[]): TmTrace[] {
  const include = filters.filter((f) => f.inclusive);
  const exclude = filters.filter((f) => !f.inclusive);
  return traces.filter((t) => (include.length === 0 || include.some((f) => matches(f, t))) && exclude.every((f) => matches(f, t)));
}

/** C's `%.Nf`: ties (exact in binary) go to the even digit, as printf rounds. */
function fixed(x: number, digits: number): string {
  const scaled = Math.abs(x) * 10 ** digits;
  if (Number.isInteger(scaled * 2) && !Number.isInteger(scaled)) {
    const down = Math.floor(scaled);
    const even = down % 2 === 0 ? down : down + 1;
    const text = (even / 10 ** digits).toFixed(digits);
    return x < 0 ? `-${text}` : text;
  }
  return x.toFixed(digits);
}

/** `_format_size(size, sign)`. */
export function formatSize(size: number, sign: boolean): string {
  const plus = (s: string) => (sign && !s.startsWith('-') ? `+${s}` : s);
  for (const unit of ['B', 'KiB', 'MiB', 'GiB', 'TiB']) {
    if (Math.abs(size) < 100 && unit !== 'B') return `${plus(fixed(size, 1))} ${unit}`;
    if (Math.abs(size) < 10 * 1024 || unit === 'TiB') return `${plus(fixed(size, 0))} ${unit}`;
    size /= 1024;
  }
  return '';
}

/** `str(frame)` / `str(traceback)`: `file:line`. */
export function frameText(f: TmFrame): string {
  return `${f.filename}:${f.lineno}`;
}

/** `str(Statistic)` / `str(StatisticDiff)`. */
export function statText(s: TmStat, diff: boolean): string {
  let text = `${frameText(s.frame)}: size=${formatSize(s.size, false)}`;
  if (diff) text += ` (${formatSize(s.sizeDiff, true)})`;
  text += `, count=${s.count}`;
  if (diff) text += ` (${s.countDiff >= 0 ? '+' : ''}${s.countDiff})`;
  if (s.count) text += `, average=${formatSize(s.size / s.count, false)}`;
  return text;
}
