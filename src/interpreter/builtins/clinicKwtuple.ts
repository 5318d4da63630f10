/**
 * 3.11's `_PyArg_Parser.kwtuple` (Python/getargs.c `parser_init`): an Argument Clinic function's
 * static parser builds a tuple of its keyword names the first time it parses a call, and keeps it
 * for the life of the process (3.12+ compile it as a static object, no allocation).
 *
 * Obscurity: `print` parses through `_PyArg_UnpackKeywordsWithVararg`, which runs `parser_init`
 * on every call, so its first call of any kind builds `('sep', 'end', 'file', 'flush')`; a
 * clinic function without `*args` skips the parser while called with positional arguments only
 * (the `_PyArg_UnpackKeywords` macro's fast path), so its tuple waits for a first keyword call.
 * The tuple comes from the tuple free list, so tracemalloc charges it to the calling line only
 * when that free-list entry was itself traced (plain scripts start tracing after it was parked:
 * no charge; the extension's runner traces runpy's compile: 72 bytes on the first print line).
 * The names are interned strs that already exist (statics here: no block of their own).
 */
import { newTuple } from '../../engine/objects/tupleObject';
import type { Interp } from '../runtime/interp';

const initialized = new WeakMap<Interp, Set<string>>();

/** The parsers of `interp` already initialized. */
function initializedParsers(interp: Interp): Set<string> {
  let done = initialized.get(interp);
  if (!done) initialized.set(interp, (done = new Set()));
  return done;
}

/**
 * The clinic parsers whose keyword tuple already exists when a script run by
 * media/python/tracemallocRunner.py starts (3.11): runpy's machinery has made a keyword call to
 * `list.sort` before the script (test/oracle/clinicKwtupleProbe.py, `--runner`: a first
 * `sort(key=...)` takes no tuple there, one in a plain run).
 */
const RUNNER_INITIALIZED = ['list.sort'];

/** Marks the parsers the runner's startup has initialized (call before the script's first line). */
export function initRunnerClinicParsers(interp: Interp): void {
  for (const parser of RUNNER_INITIALIZED) initializedParsers(interp).add(parser);
}

/** `parser_init` for the clinic parser `parser` (3.11): builds its keyword tuple once. */
export function clinicParserInit(interp: Interp, parser: string, keywords: readonly string[]): void {
  const rt = interp.rt;
  if (rt.profile.version !== '3.11') return;
  const done = initializedParsers(interp);
  if (done.has(parser)) return;
  done.add(parser);
  newTuple(rt, keywords.map((k) => rt.staticString(k))); // never released
}

/**
 * `parser_init` for a clinic function without `*args` (3.11): only a call passing keywords reaches
 * the parser (`_PyArg_UnpackKeywords`'s fast path skips it otherwise). Measured per function with
 * `sys._debugmallocstats` (test/oracle/clinicKwtupleProbe.py): list.sort (sorted forwards its
 * keywords to it, after building the list), sum, round, str.split/rsplit/encode/splitlines/
 * expandtabs, bytes and bytearray decode/hex, int.to_bytes/from_bytes; min, max, enumerate, zip,
 * dict and str.format parse by hand and build none.
 */
export function clinicKeywordCall(interp: Interp, parser: string, keywords: readonly string[], kwnames: readonly string[] | null): void {
  if (kwnames && kwnames.length > 0) clinicParserInit(interp, parser, keywords);
}
