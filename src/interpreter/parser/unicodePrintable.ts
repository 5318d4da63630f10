/**
 * `Py_UNICODE_ISPRINTABLE`: a code point is printable unless its category is Cc, Cf, Cs, Co, Cn,
 * Zl, Zp or Zs other than the space, in the Unicode database of the chosen version
 * (`unicodePrintableData.ts`). `repr(str)` escapes exactly the non-printable ones.
 */
import type { CPythonVersion } from '../../protocol/heapModel';
import { printableRuns } from './unicodePrintableData';

const starts = new Map<CPythonVersion, Uint32Array>();

/** The first code point of each run (even index: a non-printable run), decoded once per version. */
function runStarts(version: CPythonVersion): Uint32Array {
  let s = starts.get(version);
  if (!s) {
    const lengths = printableRuns[version].split(',').map((n) => parseInt(n, 36));
    s = new Uint32Array(lengths.length);
    let at = 0;
    lengths.forEach((n, i) => { s![i] = at; at += n; });
    starts.set(version, s);
  }
  return s;
}

/** Whether `cp` is printable in `version`'s Unicode database. */
export function isPrintableCodePoint(cp: number, version: CPythonVersion): boolean {
  if (cp >= 0x20 && cp < 0x7f) return true;
  if (cp < 0xa0) return false;
  const s = runStarts(version);
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid] <= cp) lo = mid; else hi = mid - 1;
  }
  return (lo & 1) === 1;
}

/** `str.isprintable()` of a whole string (true when empty). */
export function isPrintableText(s: string, version: CPythonVersion): boolean {
  for (const ch of s) if (!isPrintableCodePoint(ch.codePointAt(0) as number, version)) return false;
  return true;
}
