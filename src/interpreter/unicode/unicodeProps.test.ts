import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { CPythonVersion } from '../../protocol/heapModel';
import { decompositionString, unicodeProps, type RunProperty } from './unicodeProps';
import { inStrCharClass, type StrCharClass } from './strCharClass';
import { fromCodePoints, normalizeCodePoints, quickCheck, type NormalForm } from './normalize';

// Expected values: every code point's properties and the normal forms, as 3.11.7, 3.12.1 and 3.13.0
// answer them, hashed (test/oracle/unicodePropsProbe.py, which builds the same strings).

interface Digest { sha256: string; count: number }
interface Probe {
  unidata_version: string;
  props: Record<string, Digest>;
  unchanged: Record<NormalForm, Digest>;
  singles: Record<NormalForm, Digest>;
  strings: Record<NormalForm, Digest>;
  str: Record<string, Digest>;
}

const VERSIONS: [CPythonVersion, string][] = [['3.11', '3.11.7'], ['3.12', '3.12.1'], ['3.13', '3.13.0']];
const FORMS: NormalForm[] = ['NFC', 'NFKC', 'NFD', 'NFKD'];
const N = 0x110000;

function digest(values: Iterable<string>): Digest {
  const h = createHash('sha256');
  let count = 0;
  for (const v of values) {
    h.update(count ? '\n' + v : v);
    count++;
  }
  return { sha256: h.digest('hex'), count };
}

/** Python's repr() of the numeric values Unicode has (integers below 1e16 print with '.0', 1e16 as '1e+16'). */
function floatRepr(v: number): string {
  if (Math.abs(v) >= 1e16) return v.toExponential();
  return Number.isInteger(v) ? `${v}.0` : String(v);
}

function* codePoints(): Generator<number> {
  for (let cp = 0; cp < N; cp++) yield cp;
}

function* map<T>(it: Iterable<number>, f: (cp: number) => T): Generator<T> {
  for (const cp of it) yield f(cp);
}

const utf8 = (cps: number[]): string => fromCodePoints(cps);

for (const [version, full] of VERSIONS) {
  const probe = JSON.parse(readFileSync(`test/oracle/unicodeProps.probe.${full}.json`, 'utf8')) as Probe;
  const props = unicodeProps(version);

  test(`unicodedata properties of every code point match ${full} (Unicode ${probe.unidata_version})`, () => {
    for (const name of ['category', 'bidirectional', 'combining', 'mirrored', 'east_asian_width'] as RunProperty[]) {
      assert.deepEqual(digest(map(codePoints(), (cp) => props.get(name, cp))), probe.props[name], name);
    }
    assert.deepEqual(digest(map(codePoints(), (cp) => decompositionString(props.decomposition(cp)))), probe.props.decomposition, 'decomposition');
    assert.deepEqual(digest(map(codePoints(), (cp) => {
      const e = props.numeric(cp);
      if (!e) return 'None,None,None';
      const int = String(e.value);
      return `${e.kind === 'D' ? int : 'None'},${e.kind === 'N' ? 'None' : int},${floatRepr(e.value)}`;
    })), probe.props.numeric, 'numeric');
  });

  test(`str.isalpha(), isdecimal(), isdigit(), isnumeric(), isalnum(), isspace() of every code point match ${full}`, () => {
    for (const kind of ['alpha', 'decimal', 'digit', 'numeric', 'alnum', 'space'] as StrCharClass[]) {
      const accepted = (function* () {
        for (let cp = 0; cp < N; cp++) if (inStrCharClass(version, kind, cp)) yield cp.toString(16).toUpperCase();
      })();
      assert.deepEqual(digest(accepted), probe.str[`is${kind}`], kind);
    }
  });

  test(`normalize() of single chars and of 3000 strings matches ${full}`, () => {
    const pool: number[] = [];
    for (let cp = 0; cp < N; cp++) {
      if (props.decomposition(cp) || props.get('combining', cp) !== '0' || (cp >= 0xac00 && cp < 0xac00 + 11172) || (cp >= 0x1100 && cp < 0x1200)) pool.push(cp);
    }
    let x = 1;
    const rand = (): number => (x = (x * 48271) % 2147483647);
    const strings: number[][] = [];
    for (let i = 0; i < 3000; i++) {
      const n = 1 + (rand() % 6);
      const s: number[] = [];
      for (let j = 0; j < n; j++) {
        const k = rand() % (pool.length + 26);
        s.push(k < pool.length ? pool[k]! : 0x61 + k - pool.length);
      }
      strings.push(s);
    }
    for (const form of FORMS) {
      // Quick check YES is what makes normalize() return its argument itself.
      const unchanged = map(codePoints(), (cp) => cp);
      const changed = (function* () {
        for (const cp of unchanged) if (cp >= 0x100 && quickCheck(version, form, [cp]) !== 'yes') yield cp.toString(16).toUpperCase();
      })();
      assert.deepEqual(digest(changed), probe.unchanged[form], `${form} quick check`);
      assert.deepEqual(digest(map(pool, (cp) => utf8(normalizeCodePoints(version, form, [cp])))), probe.singles[form], `${form} singles`);
      assert.deepEqual(digest(strings.map((s) => {
        const out = normalizeCodePoints(version, form, s);
        const same = out.length === s.length && out.every((c, i) => c === s[i]);
        return `${utf8(out)} ${same ? 'True' : 'False'}`;
      })), probe.strings[form], `${form} strings`);
    }
  });
}
