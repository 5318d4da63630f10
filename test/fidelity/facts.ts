/**
 * The fidelity harness: loads the facts the real interpreters printed
 * (test/fidelity/expected/<oracle>.<version>.json, written by test/oracle/generate.py) and
 * compares every leaf value with what the layout functions compute for that version's profile.
 *
 * Every fact must have a model; a fact the simulator cannot reproduce must be listed in
 * knownDifferences.ts (and KNOWN-DIFFERENCES.md) with its reason, or the test fails.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { profileFor, type VersionProfile } from '../../src/engine/profile/versionProfile';
import { cpythonVersions, type CPythonVersion } from '../../src/protocol/heapModel';
import { knownDifferences } from './knownDifferences';

/** A JSON fact value: a number, boolean, list or record of them. */
export type Fact = number | boolean | readonly Fact[] | { readonly [k: string]: Fact };

/**
 * Computes one fact from a profile. `measured` is the fact as printed, for the few facts whose
 * inputs are themselves measured (a code object's length); a model reads only those inputs.
 */
export type FactModel = (profile: VersionProfile, measured: Fact) => Fact;

/** The facts an oracle printed on one interpreter. */
export function loadFacts(oracle: string, profile: VersionProfile): Record<string, Fact> {
  const file = join('test', 'fidelity', 'expected', `${oracle}.${profile.versionInfo.join('.')}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { facts: Record<string, Fact> }).facts;
}

/** Leaves where actual differs from expected, as `path: expected != actual`, and the leaf count. */
function compare(path: string, expected: Fact, actual: Fact | undefined, out: string[]): number {
  if (typeof expected !== 'object') {
    if (actual !== expected) out.push(`${path}: expected ${String(expected)}, model ${JSON.stringify(actual)}`);
    return 1;
  }
  let n = 0;
  const act = (actual ?? {}) as Record<string, Fact>;
  for (const [k, v] of Object.entries(expected)) n += compare(`${path}.${k}`, v, act[k], out);
  if (Array.isArray(expected) && Array.isArray(actual) && actual.length !== expected.length) {
    out.push(`${path}: expected ${expected.length} items, model ${actual.length}`);
  }
  return n;
}

/** Per-version totals, printed once per oracle. */
export interface FactTally {
  checked: number;
  passed: number;
  skipped: number;
}

/**
 * Registers one test per version comparing every fact of `oracle` with `models`: each key of
 * the expected JSON must have a model (or a known-difference entry that names it).
 */
export function checkOracle(oracle: string, models: Record<string, FactModel>): void {
  for (const version of cpythonVersions) {
    test(`${oracle} facts match CPython ${version}`, () => {
      const profile = profileFor(version);
      const facts = loadFacts(oracle, profile);
      const failures: string[] = [];
      const tally: FactTally = { checked: 0, passed: 0, skipped: 0 };
      for (const [key, expected] of Object.entries(facts)) {
        if (isKnownDifference(oracle, key, version)) {
          tally.skipped++;
          continue;
        }
        const model = models[key];
        if (!model) {
          failures.push(`${key}: no model`);
          continue;
        }
        const before = failures.length;
        const leaves = compare(key, expected, model(profile, expected), failures);
        tally.checked += leaves;
        tally.passed += leaves - (failures.length - before);
      }
      console.log(`fidelity ${oracle} ${version}: ${tally.passed}/${tally.checked} values match (${tally.skipped} facts known-different)`);
      assert.deepEqual(failures.slice(0, 40), [], `${failures.length} mismatches`);
    });
  }
}

/** Whether a fact is listed in knownDifferences.ts for this version. */
function isKnownDifference(oracle: string, key: string, version: CPythonVersion): boolean {
  return knownDifferences.some((d) => d.oracle === oracle && d.fact === key && (!d.versions || d.versions.includes(version)));
}

/** `[f(0), f(1), ..., f(n - 1)]`. */
export function upTo(n: number, f: (i: number) => Fact): Fact[] {
  return Array.from({ length: n }, (_, i) => f(i));
}

/** The states after each of `count` steps from `start` (start included), mapped by `measure`. */
export function trajectory<S>(start: S, count: number, step: (s: S, i: number) => S, measure: (s: S) => number): number[] {
  const out = [measure(start)];
  let s = start;
  for (let i = 0; i < count; i++) {
    s = step(s, i);
    out.push(measure(s));
  }
  return out;
}
