// Why a line's retained bytes differ from real CPython's: one category per mismatch, from the
// line's text and the two numbers. The categories and what is behind each are explained in
// REPORT.md (report.mjs); the rules are deliberately simple and ordered, first match wins.

/** The categories, in the order the rules try them, with the explanation REPORT.md prints. */
export const CATEGORIES = {
  import: 'An import of a module the runner has already loaded (the first import of any other module is not compared): the simulation still allocates for the names it binds.',
  'class creation': 'A class statement: the simulation builds the objects CPython does (the type object, its dict and keys, the MRO and bases tuples, the bases\' subclasses registry, the `__dict__`/`__weakref__` descriptors, the instances\' cached keys); with the keys free list, untraced entries by position and runpy\'s epilogue calibrated, small class statements match block for block (test/oracle/classStatementsTraced.py); what still differs is mostly which free-list entry a class\'s namespace, type dict or call tuple reused after other code ran, or what a body\'s own statements allocate.',
  'print io buffer': 'CPython\'s io buffers for print: with stdout a pipe, `TextIOWrapper.write` keeps the written strings (and a list of them) pending until 8 KiB accumulate, so the last print lines of a program still hold them at the end. The simulation models that (runtime/textIOWrapper.ts); what still differs on these lines is mostly which free-list entry print\'s packed `*args` tuple (or a temporary of its arguments) reuses: a traced entry is re-attributed to the line, an untraced one is not, and the fill per size at the first line depends on the script\'s own compile (see free-list reuse attribution); or a str size. (3.11\'s keyword tuple for print, `_PyArg_Parser.kwtuple`, built on the first call from the tuple free list, is simulated.)',
  'exception propagation': 'An exception raised or caught on the line: CPython allocates traceback objects and a frame object (`_PyFrame_GetFrameObject`) per frame, some of which outlive the handler.',
  'function definition': 'A def: besides the 160-byte function object CPython may allocate defaults tuples, keyword-default dicts, closures and, for 3.12+, the function version cache; the simulation differs in one of these.',
  'instance attributes': 'Attribute stores on instances: inline values, shared keys and dict materialization differ in some path.',
  'free-list reuse attribution': 'The same number of blocks, different bytes, or a difference of whole free-list objects: a float, tuple, list or dict came from a free-list entry that was traced (allocated after tracemalloc.start) in CPython but is untraced in the simulation, or the reverse. A block parked on a free list stays traced to the line that last took it (tracemalloc re-attributes a traced block on reuse). Under the runner most entries at the first line were freed by runpy\'s compile of the script, hence traced (test/oracle/startup/tracedFreeLists.py); their number per size depends on what compiling the script itself built and freed (symbol tables, compiler units, constant keys), which the simulation takes from a small probe (test/oracle/startup).',
  other: 'Another allocation path or result size. Broken down (fifth round, 954 lines): the largest groups are whole 56-byte lists, one or more (about 80 lines: a list parked on, or taken from, the list free list in one run and not the other; its fill at line 1 now follows the script\'s scopes, but the dict free list\'s does not yet, and the order in which the compile freed its lists is approximated), 8 bytes either way with the same blocks (about 55 lines: one str or int a digit or character longer, e.g. an int result\'s size), a 120-byte dict on 3.11 (keyword dicts of `**kwargs` calls), and many one-off sizes.',
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
