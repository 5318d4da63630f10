// Symbol tables: which names each scope binds, and whether a name is local, global, free or a
// cell. Mirrors Python/symtable.c: a first pass records definitions and uses (symtableBuild.ts),
// then `analyze` resolves scopes top-down with the bound names of enclosing functions, as
// analyze_block / analyze_name / analyze_cells / update_symbols do.
//
// PEP 709 (3.12+): list/set/dict comprehensions are inlined into their enclosing scope. They keep
// their own table here (`inlined` is set) so names resolve the same way, and the analysis merges
// their bindings into the parent: iteration variables become the parent's fast locals ("fast
// hidden" in CPython) and the parent never makes a cell just because an inlined comprehension
// reads its local.
import { PySyntaxError } from '../parser/syntaxError';

/** Definition flags of a name in one scope (symtable.h DEF_*). */
export const DEF = {
  GLOBAL: 1, LOCAL: 2, PARAM: 4, NONLOCAL: 8, USE: 16, FREE_CLASS: 64, IMPORT: 128,
  ANNOT: 256, COMP_ITER: 512,
} as const;
/** Any binding. */
export const DEF_BOUND = DEF.LOCAL | DEF.PARAM | DEF.IMPORT;

/** A name's resolved scope (symtable.h LOCAL..CELL). */
export type NameScope = 'local' | 'globalExplicit' | 'globalImplicit' | 'free' | 'cell';

/** The kind of a block (symtable.h _Py_block_ty, with comprehension kinds spelled out). */
export type BlockType = 'module' | 'class' | 'function';

/** One scope: a module, class body, function, lambda or comprehension. */
export interface SymbolTableEntry {
  /** module, class or function (lambdas and comprehensions are functions). */
  type: BlockType;
  /** The scope's name (`<module>`, `f`, `<lambda>`, `<listcomp>`, ...). */
  name: string;
  /** The AST node that opened this scope. */
  node: object;
  /** Flags per name (DEF). */
  symbols: Map<string, number>;
  /** Resolved scope per name, filled by `analyze`. */
  scopes: Map<string, NameScope>;
  /** Parameters in order (the start of co_varnames). */
  params: string[];
  /** Child scopes in source order. */
  children: SymbolTableEntry[];
  /** Enclosing scope (null for the module). */
  parent: SymbolTableEntry | null;
  /** Contains yield / yield from (or is a generator expression). */
  generator: boolean;
  /** Contains await in a non-async comprehension, or is `async def`. */
  coroutine: boolean;
  /** Is a comprehension (ListComp, SetComp, DictComp, GeneratorExp). */
  comprehension: 'list' | 'set' | 'dict' | 'generator' | null;
  /** Inlined into its parent (PEP 709, 3.12+). */
  inlined: boolean;
  /** Names that are fast locals of this (module/class) scope because an inlined comprehension binds them. */
  fastHidden: Set<string>;
  /** A nested function uses `super` or `__class__`: the class body creates the `__class__` cell. */
  needsClassClosure: boolean;
  /** A PEP 695 annotation scope holding type parameters (`<generic parameters of f>`). */
  typeParamsBlock: boolean;
  /** An annotation scope directly in a class body: reads the class namespace via `__classdict__`. */
  canSeeClassScope: boolean;
  /** A class whose annotation scopes read its namespace: the body makes the `__classdict__` cell. */
  needsClassDict: boolean;
  /** Has `*args`. */
  varargs: boolean;
  /** Has `**kwargs`. */
  varkeywords: boolean;
  /** Is nested in a function (CO_NESTED). */
  nested: boolean;
  /** Returns with a value appear (for generator `return x` checks). */
  returnsValue: boolean;
  /** 1-based line of the scope's definition. */
  lineno: number;
  /** Names free in this scope's (non-inlined) children, filled by `analyze`. */
  childFree: Set<string>;
  /** Line of each name's global/nonlocal declaration, for error messages. */
  declLines: Map<string, number>;
}

/** A fresh, empty table entry. */
export function newEntry(type: BlockType, name: string, node: object, parent: SymbolTableEntry | null, lineno: number): SymbolTableEntry {
  const e: SymbolTableEntry = {
    type, name, node, symbols: new Map(), scopes: new Map(), params: [], children: [], parent,
    generator: false, coroutine: false, comprehension: null, inlined: false, fastHidden: new Set(),
    needsClassClosure: false, typeParamsBlock: false, canSeeClassScope: false, needsClassDict: false, varargs: false, varkeywords: false,
    nested: parent !== null && (parent.type === 'function' || parent.nested), returnsValue: false, lineno, childFree: new Set(), declLines: new Map(),
  };
  parent?.children.push(e);
  return e;
}

/** Resolves every name's scope in `top` and its children (symtable.c analyze_block). */
export function analyze(top: SymbolTableEntry): void {
  analyzeBlock(top, new Set(), new Set());
}

/**
 * Analyzes `ste`; `bound` are names bound by enclosing functions, `global` names declared or
 * implied global above. Returns the names free in `ste` (needed from outside).
 */
function analyzeBlock(ste: SymbolTableEntry, bound: Set<string>, global: Set<string>): Set<string> {
  const local = new Set<string>();
  const free = new Set<string>();
  const newGlobal = new Set(global);
  for (const [name, flags] of ste.symbols) analyzeName(ste, name, flags, bound, local, free, newGlobal);

  // What children see: a class's own names are invisible to them (except via __class__).
  const newBound = new Set<string>(ste.type === 'class' ? bound : [...bound, ...local]);
  if (ste.type === 'module') newBound.clear();
  if (ste.type === 'class') {
    newBound.add('__class__');
    newBound.add('__classdict__');
  }
  const childFree = new Set<string>();
  for (const child of ste.children) {
    const f = analyzeBlock(child, newBound, newGlobal);
    if (child.inlined) mergeInlined(ste, child, f, childFree);
    else for (const n of f) childFree.add(n);
  }
  for (const n of childFree) ste.childFree.add(n);
  if (ste.type === 'function') {
    for (const n of childFree) {
      if (ste.scopes.get(n) === 'local') {
        ste.scopes.set(n, 'cell');
        childFree.delete(n);
      }
    }
  } else if (ste.type === 'class') {
    if (childFree.has('__class__')) ste.needsClassClosure = true;
    if (childFree.has('__classdict__')) ste.needsClassDict = true;
    childFree.delete('__class__');
    childFree.delete('__classdict__');
  }
  // update_symbols: children's free names pass through this scope to the enclosing ones.
  for (const n of childFree) {
    const flags = ste.symbols.get(n);
    if (flags !== undefined) {
      // A class that binds (or declares global) a name its methods use freely still passes the
      // cell through: the class code gets it as a free variable (DEF_FREE_CLASS).
      if (ste.type === 'class') ste.symbols.set(n, flags | DEF.FREE_CLASS);
      free.add(n);
      continue;
    }
    if (!bound.has(n)) continue;
    ste.symbols.set(n, DEF.USE);
    ste.scopes.set(n, 'free');
    free.add(n);
  }
  for (const n of free) if (ste.scopes.get(n) === undefined) ste.scopes.set(n, 'free');
  return free;
}

function analyzeName(
  ste: SymbolTableEntry, name: string, flags: number, bound: Set<string>,
  local: Set<string>, free: Set<string>, global: Set<string>,
): void {
  if (flags & DEF.GLOBAL) {
    ste.scopes.set(name, 'globalExplicit');
    global.add(name);
    bound.delete(name);
  } else if (flags & DEF.NONLOCAL) {
    if (!bound.has(name)) {
      throw symbolError(`no binding for nonlocal '${name}' found`, ste.declLines.get(name) ?? ste.lineno);
    }
    ste.scopes.set(name, 'free');
    free.add(name);
  } else if (flags & DEF_BOUND) {
    ste.scopes.set(name, 'local');
    local.add(name);
    global.delete(name);
  } else if (bound.has(name)) {
    ste.scopes.set(name, 'free');
    free.add(name);
  } else {
    ste.scopes.set(name, 'globalImplicit');
  }
}

/** Folds an inlined comprehension's names into its parent (symtable.c inline_comprehension). */
function mergeInlined(parent: SymbolTableEntry, comp: SymbolTableEntry, compFree: Set<string>, childFree: Set<string>): void {
  for (const [name, scope] of comp.scopes) {
    if (name === '.0') continue;
    if (scope === 'local' || scope === 'cell') {
      if (!parent.symbols.has(name) || !(parent.symbols.get(name)! & DEF_BOUND)) {
        parent.symbols.set(name, (parent.symbols.get(name) ?? 0) | DEF.LOCAL | DEF.COMP_ITER);
        if (parent.type !== 'function') parent.fastHidden.add(name);
      }
      const old = parent.scopes.get(name);
      if (scope === 'cell' || old === 'cell') parent.scopes.set(name, 'cell');
      else if (old === undefined || old === 'globalImplicit') parent.scopes.set(name, 'local');
    }
  }
  for (const n of compFree) {
    const own = parent.scopes.get(n);
    // A name the comprehension itself reads is a plain fast local of the parent; only a scope
    // nested inside the comprehension makes it a cell.
    if ((own === 'local' || own === 'cell') && !comp.childFree.has(n)) continue;
    childFree.add(n);
  }
}

/** A SyntaxError raised by the symbol table (CPython: PyErr_RangedSyntaxLocationObject). */
export function symbolError(msg: string, lineno: number, offset = 1): PySyntaxError {
  return new PySyntaxError({ msg, lineno, offset, text: null });
}

/** Private name mangling: `__x` in class `C` is `_C__x` (Python/compile.c _Py_Mangle). */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}
