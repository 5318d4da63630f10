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

/** `parser_init` for the clinic parser `parser` (3.11): builds its keyword tuple once. */
export function clinicParserInit(interp: Interp, parser: string, keywords: readonly string[]): void {
  const rt = interp.rt;
  if (rt.profile.version !== '3.11') return;
  let done = initialized.get(interp);
  if (!done) initialized.set(interp, (done = new Set()));
  if (done.has(parser)) return;
  done.add(parser);
  newTuple(rt, keywords.map((k) => rt.staticString(k))); // never released
}
