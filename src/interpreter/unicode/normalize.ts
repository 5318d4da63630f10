// Unicode normalization (UAX #15) over our own tables, as unicodedata.normalize() does it
// (Modules/unicodedata.c `nfd_nfkd`, `nfc_nfkc`, `is_normalized_quickcheck`): full decomposition,
// canonical ordering by combining class, canonical composition without the exclusions, and the
// Hangul syllables by arithmetic.
import type { CPythonVersion } from '../../protocol/heapModel';
import { unicodeProps, type UnicodeProps } from './unicodeProps';

/** The four forms. */
export type NormalForm = 'NFC' | 'NFKC' | 'NFD' | 'NFKD';

// Hangul syllables (Unicode §3.12): S = SBase + (L·VCount + V)·TCount + T.
const S_BASE = 0xac00;
const L_BASE = 0x1100;
const V_BASE = 0x1161;
const T_BASE = 0x11a7;
const L_COUNT = 19;
const V_COUNT = 21;
const T_COUNT = 28;
const N_COUNT = V_COUNT * T_COUNT;
const S_COUNT = L_COUNT * N_COUNT;

/** The composition pairs (first · 0x110000 + second → composite) and the chars that may combine backwards. */
interface Composition {
  pairs: Map<number, number>;
  seconds: Set<number>;
}

const compositions = new Map<CPythonVersion, Composition>();

function composition(version: CPythonVersion, props: UnicodeProps): Composition {
  let c = compositions.get(version);
  if (c) return c;
  c = { pairs: new Map(), seconds: new Set() };
  for (let cp = 0; cp < 0x110000; cp++) {
    const d = props.decomposition(cp);
    if (!d || d.tag !== null || d.cps.length !== 2 || props.exclusions.has(cp)) continue;
    c.pairs.set(d.cps[0]! * 0x110000 + d.cps[1]!, cp);
    c.seconds.add(d.cps[1]!);
  }
  compositions.set(version, c);
  return c;
}

function ccc(props: UnicodeProps, cp: number): number {
  return Number(props.get('combining', cp));
}

function decomposeInto(props: UnicodeProps, cp: number, compat: boolean, out: number[]): void {
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    out.push(L_BASE + Math.floor(s / N_COUNT), V_BASE + Math.floor((s % N_COUNT) / T_COUNT));
    if (s % T_COUNT) out.push(T_BASE + (s % T_COUNT));
    return;
  }
  const d = props.decomposition(cp);
  if (!d || (d.tag !== null && !compat)) {
    out.push(cp);
    return;
  }
  for (const c of d.cps) decomposeInto(props, c, compat, out);
}

/** NFD/NFKD: the full decomposition, canonically ordered (a stable sort of each run of non-starters). */
function decompose(props: UnicodeProps, cps: number[], compat: boolean): number[] {
  const out: number[] = [];
  for (const cp of cps) decomposeInto(props, cp, compat, out);
  for (let i = 1; i < out.length; i++) {
    const cc = ccc(props, out[i]!);
    if (cc === 0) continue;
    let j = i;
    while (j > 0) {
      const prev = ccc(props, out[j - 1]!);
      if (prev <= cc) break;
      [out[j - 1], out[j]] = [out[j]!, out[j - 1]!];
      j--;
    }
  }
  return out;
}

function composePair(comp: Composition, a: number, b: number): number | undefined {
  if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT) {
    return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
  }
  if (a >= S_BASE && a < S_BASE + S_COUNT && (a - S_BASE) % T_COUNT === 0 && b > T_BASE && b < T_BASE + T_COUNT) return a + (b - T_BASE);
  return comp.pairs.get(a * 0x110000 + b);
}

/** Canonical composition of a decomposed, ordered sequence. */
function compose(props: UnicodeProps, comp: Composition, d: number[]): number[] {
  if (d.length === 0) return d;
  const out = [d[0]!];
  let starter = 0;
  let lastClass = ccc(props, d[0]!) === 0 ? 0 : 256;
  for (let i = 1; i < d.length; i++) {
    const ch = d[i]!;
    const cc = ccc(props, ch);
    // Not blocked: nothing between the starter and ch, or only marks of a lower class.
    const composite = lastClass < cc || lastClass === 0 ? composePair(comp, out[starter]!, ch) : undefined;
    if (composite !== undefined) {
      out[starter] = composite;
      continue;
    }
    if (cc === 0) starter = out.length;
    lastClass = cc;
    out.push(ch);
  }
  return out;
}

/** The normalization of `s` (code points) in `form`. */
export function normalizeCodePoints(version: CPythonVersion, form: NormalForm, cps: number[]): number[] {
  const props = unicodeProps(version);
  const compat = form === 'NFKC' || form === 'NFKD';
  const d = decompose(props, cps, compat);
  if (form === 'NFD' || form === 'NFKD') return d;
  return compose(props, composition(version, props), d);
}

/** `is_normalized_quickcheck`'s answer for one form. */
export type QuickCheck = 'yes' | 'maybe' | 'no';

/** One char's quick-check property (NFD_QC... of DerivedNormalizationProps), from the tables. */
function charQuickCheck(version: CPythonVersion, props: UnicodeProps, form: NormalForm, cp: number): QuickCheck {
  const hangul = cp >= S_BASE && cp < S_BASE + S_COUNT;
  const d = props.decomposition(cp);
  const compat = form === 'NFKC' || form === 'NFKD';
  if (form === 'NFD' || form === 'NFKD') return hangul || (d && (compat || d.tag === null)) ? 'no' : 'yes';
  if (d && (d.tag === null ? d.cps.length !== 2 || props.exclusions.has(cp) : compat)) return 'no';
  if (compat && hasCompatMapping(props, cp)) return 'no';
  const comp = composition(version, props);
  if (comp.seconds.has(cp) || (cp >= V_BASE && cp < V_BASE + V_COUNT) || (cp > T_BASE && cp < T_BASE + T_COUNT)) return 'maybe';
  return 'yes';
}

/** Whether a compatibility mapping occurs anywhere in the char's full decomposition ('ΐ' → '¨' → ' '). */
function hasCompatMapping(props: UnicodeProps, cp: number): boolean {
  const d = props.decomposition(cp);
  return d !== undefined && (d.tag !== null || d.cps.some((c) => hasCompatMapping(props, c)));
}

/** `is_normalized_quickcheck(..., yes_only=false)`: NO at a misordered mark or a char that cannot occur. */
export function quickCheck(version: CPythonVersion, form: NormalForm, cps: number[]): QuickCheck {
  const props = unicodeProps(version);
  let prevCombining = 0;
  let result: QuickCheck = 'yes';
  for (const cp of cps) {
    const cc = ccc(props, cp);
    if (cc && prevCombining > cc) return 'no';
    prevCombining = cc;
    const q = charQuickCheck(version, props, form, cp);
    if (q === 'no') return 'no';
    if (q === 'maybe') result = 'maybe';
  }
  return result;
}

/** The str of some code points (in chunks: a spread of a long array would overflow the stack). */
export function fromCodePoints(cps: number[]): string {
  let out = '';
  for (let i = 0; i < cps.length; i += 4096) out += String.fromCodePoint(...cps.slice(i, i + 4096));
  return out;
}
