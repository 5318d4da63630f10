// Why a line's retained bytes differ from real CPython's: one category per mismatch, from the
// line's text and the two numbers. The categories and what is behind each are explained in
// REPORT.md (report.mjs); the rules are deliberately simple and ordered, first match wins.

/** The categories, in the order the rules try them, with the explanation REPORT.md prints. */
export const CATEGORIES = {
  import: 'An import of a module the runner has already loaded (the first import of any other module is not compared): the simulation still allocates for the names it binds.',
  'class creation': 'A class statement: CPython also allocates the type\'s dict and keys, the MRO and bases tuples, the subclasses registry of the bases and descriptor objects; the simulation allocates the type object and its cached keys only.',
  'print io buffer': 'CPython\'s io buffers for print: with stdout a pipe, `TextIOWrapper.write` keeps the written strings (and a list of them) pending until 8 KiB accumulate, so the last print lines of a program still hold them at the end. The simulation models that (runtime/textIOWrapper.ts); what still differs on these lines is mostly the packed `*args` tuple: once CPython\'s 1- or 2-tuple free list has run dry, print\'s tuple is a fresh traced block that stays on the free list, charged to the line, while the simulation still finds an untraced entry (the per-print consumption that empties it is not found yet); also the keyword tuple 3.11 builds on the first call, or a str size.',
  'exception propagation': 'An exception raised or caught on the line: CPython allocates traceback objects and a frame object (`_PyFrame_GetFrameObject`) per frame, some of which outlive the handler.',
  'function definition': 'A def: besides the 160-byte function object CPython may allocate defaults tuples, keyword-default dicts, closures and, for 3.12+, the function version cache; the simulation differs in one of these.',
  'instance attributes': 'Attribute stores on instances: inline values, shared keys and dict materialization differ in some path.',
  'free-list reuse attribution': 'The same number of blocks, different bytes, or a difference of whole free-list objects: a float, tuple, list or dict came from a free-list entry that was traced (allocated after tracemalloc.start) in CPython but is untraced in the simulation, or the reverse. A block parked on a free list stays traced to the line that allocated it, so which line runs a free list dry decides where the block is charged; the fill at the first line is measured on a small probe, while CPython\'s also depends on what compiling the script itself took (test/oracle/startup).',
  other: 'Another allocation path or result size (str/int sizes of particular operations, growth paths).',
};

const freeListSizes = new Set([24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 184, 200]);

/** The category of one mismatching line. */
export function categorize({ text, real, sim }) {
  const t = text.trim();
  if (/^(import|from)\s/.test(t)) return 'import';
  if (/^class\s/.test(t) || /^@/.test(t)) return 'class creation';
  if (/^print\(/.test(t) && real.bytes > sim.bytes) return 'print io buffer';
  if (/^(raise\b|except\b)/.test(t) || /^\[\]\[/.test(t) || /^\{\[\]\}/.test(t) || /^"%d" % "x"/.test(t)) return 'exception propagation';
  if (/^(async\s+)?def\s/.test(t)) return 'function definition';
  if (/^self\.\w+\s*=/.test(t) || /^\w+\.\w+\s*=/.test(t)) return 'instance attributes';
  if (Math.abs(real.blocks - sim.blocks) <= 1 && freeListSizes.has(Math.abs(real.bytes - sim.bytes))) return 'free-list reuse attribution';
  return 'other';
}
