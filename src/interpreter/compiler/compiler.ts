// The compiler driver (Python/compile.c): `compile(module, options)` folds constants, builds the
// symbol tables, then walks the tree emitting instructions into one CodeUnit per scope.
// Statements are in compileStmt.ts, expressions in compileExpr.ts, functions/classes/lambdas in
// compileScope.ts, comprehensions in compileComprehension.ts, try/with in compileBlocks.ts and
// match in compilePattern.ts; this file holds the state they share and name resolution.
import type { Module } from '../parser/ast';
import type { ExprContext, Located } from '../parser/astExpr';
import type { PyConstant } from '../parser/pyConstant';
import { PySyntaxError } from '../parser/syntaxError';
import { assemble } from './assemble';
import { optimizeAst } from './astOpt';
import type { CodeObject, CompileOptions, CompileWarning, PythonVersion } from './codeObject';
import type { ScopeShape } from '../../engine/startupCalibration';
import { CO_FLAGS } from './codeObject';
import { CodeUnit } from './codeUnit';
import { compileBody } from './compileStmt';
import { compileExpr } from './compileExpr';
import type { Opcode } from './opcodes';
import { DEF, mangle } from './symtable';
import type { SymbolTableEntry } from './symtable';
import { buildSymtable } from './symtableBuild';

/** The shape of the scopes under `top` (see ScopeShape). */
function scopeShape(top: SymbolTableEntry): ScopeShape {
  const shape: ScopeShape = { scopes: 0, unitDepth: 0, inlinedCompUnitDepth: 0 };
  const visit = (e: SymbolTableEntry, depth: number): void => {
    shape.scopes++;
    if (e.inlined) shape.inlinedCompUnitDepth = Math.max(shape.inlinedCompUnitDepth, depth);
    else shape.unitDepth = Math.max(shape.unitDepth, depth);
    for (const child of e.children) visit(child, child.inlined ? depth : depth + 1);
  };
  visit(top, 1);
  return shape;
}

/** Compiles a parsed module to its code object; throws PySyntaxError for compile-time errors. */
export function compile(mod: Module, options: CompileOptions): CodeObject {
  optimizeAst(mod, options.optimize ?? 0);
  const top = buildSymtable(mod, options.version);
  if (options.onScopes) options.onScopes(scopeShape(top));
  const c = new Compiler(options, top);
  c.futureAnnotations = futureFeatures(c, mod).has('annotations');
  c.enterScope(top, '<module>', 1);
  if (options.mode === 'eval') {
    const only = mod.body[0];
    if (mod.body.length !== 1 || only._type !== 'Expr') throw c.error('invalid syntax', evalModeErrorAt(mod));
    compileExpr(c, only.value);
    c.emit('RETURN_VALUE');
  } else compileBody(c, mod.body, true);
  return c.exitScope();
}

/**
 * Where eval mode's parser stops on a statement: at the `=` after an assignment's first target
 * (assumed one space after it), else at the statement (or the second one) itself.
 */
function evalModeErrorAt(mod: Module): Located {
  const [first, second] = mod.body;
  if (!first) return { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
  if (first._type === 'Expr') return second;
  const target = first._type === 'Assign' ? first.targets[0] : first._type === 'AugAssign' || first._type === 'AnnAssign' ? first.target : null;
  if (target) return { lineno: target.end_lineno ?? target.lineno, col_offset: (target.end_col_offset ?? 0) + 1, end_lineno: target.end_lineno ?? target.lineno, end_col_offset: (target.end_col_offset ?? 0) + 2 };
  return first;
}

/** Shared compiler state: the stack of code units and the symbol tables. */
export class Compiler {
  unit!: CodeUnit;
  readonly version: PythonVersion;
  readonly filename: string;
  readonly optimize: number;
  /** Interactive mode: expression statements print their value. */
  readonly interactive: boolean;
  /** `from __future__ import annotations` (PEP 563): annotations compile to strings. */
  futureAnnotations = false;
  /**
   * 3.11 only: the outermost f-string being compiled. 3.11's parser gave every part of an
   * f-string (FormattedValue, nested format specs) the whole f-string's position, so a failing
   * FORMAT_VALUE points at all of it; 3.12's PEG f-strings locate each replacement field.
   */
  fstring: Located | null = null;
  /** The caller's sink for SyntaxWarnings, if it wants them. */
  private readonly warnings: CompileWarning[] | undefined;
  private readonly units: CodeUnit[] = [];
  private readonly entries = new Map<object, SymbolTableEntry>();

  constructor(options: CompileOptions, top: SymbolTableEntry) {
    this.version = options.version;
    this.filename = options.filename ?? '<string>';
    this.optimize = options.optimize ?? 0;
    this.interactive = options.mode === 'single';
    this.warnings = options.warnings;
    const index = (e: SymbolTableEntry): void => {
      this.entries.set(e.node, e);
      e.children.forEach(index);
    };
    index(top);
  }

  /** compiler_warn: a SyntaxWarning at `node`'s first line. */
  warn(node: Located, message: string): void {
    this.warnings?.push({ lineno: node.lineno, message });
  }

  /** The symbol table entry opened by `node` (a def, class, lambda or comprehension). */
  entry(node: object): SymbolTableEntry {
    const e = this.entries.get(node);
    if (!e) throw new Error('internal: no symbol table for node');
    return e;
  }

  /** Starts a new code unit for `ste` (compiler_enter_scope). */
  enterScope(ste: SymbolTableEntry, name: string, lineno: number): CodeUnit {
    const parent: CodeUnit | null = this.unit ?? null;
    const u = new CodeUnit(ste, name, this.qualname(ste, name, parent), lineno);
    u.privateName = ste.type === 'class' ? name : parent?.privateName ?? null;
    if (parent) this.units.push(parent);
    this.unit = u;
    return u;
  }

  /** Finishes the current unit and returns its code object (compiler_exit_scope + assemble). */
  exitScope(): CodeObject {
    const u = this.unit;
    const ste = u.ste;
    const cellvars = [...ste.scopes].filter(([, s]) => s === 'cell').map(([n]) => n).sort();
    if (ste.needsClassClosure) cellvars.push('__class__');
    if (ste.needsClassDict) cellvars.push('__classdict__');
    const freevars = [...ste.scopes]
      .filter(([n, s]) => s === 'free' || ((ste.symbols.get(n) ?? 0) & DEF.FREE_CLASS) !== 0)
      .map(([n]) => n).sort();
    const code = assemble({
      unit: u, cellvars, freevars, flags: this.flags(ste), filename: this.filename, version: this.version,
      generatorLike: ste.generator || ste.coroutine,
    });
    this.unit = this.units.pop()!;
    return code;
  }

  private flags(ste: SymbolTableEntry): number {
    let f = 0;
    if (ste.type === 'function') {
      f |= CO_FLAGS.OPTIMIZED | CO_FLAGS.NEWLOCALS;
      if (ste.varargs) f |= CO_FLAGS.VARARGS;
      if (ste.varkeywords) f |= CO_FLAGS.VARKEYWORDS;
      if (ste.nested) f |= CO_FLAGS.NESTED;
      if (ste.coroutine && ste.generator) f |= CO_FLAGS.ASYNC_GENERATOR;
      else if (ste.coroutine) f |= CO_FLAGS.COROUTINE;
      else if (ste.generator) f |= CO_FLAGS.GENERATOR;
    }
    return f;
  }

  /** compiler_set_qualname: `outer.<locals>.inner`, `Class.method`, or the bare name. */
  private qualname(ste: SymbolTableEntry, name: string, parent: CodeUnit | null): string {
    if (parent?.ste.typeParamsBlock) {
      // A generic def/class is named as if the annotation scope were not there (compiler_set_qualname).
      const grand = this.units[this.units.length - 1];
      if (!grand || grand.ste.type === 'module') return name;
      parent = grand;
    }
    if (!parent || parent.ste.type === 'module') return name;
    const scope = parent.ste.scopes.get(mangle(parent.privateName, name));
    if ((ste.type === 'function' || ste.type === 'class') && scope === 'globalExplicit' && ste.comprehension === null && name !== '<lambda>') return name;
    return parent.ste.type === 'function' ? `${parent.qualname}.<locals>.${name}` : `${parent.qualname}.${name}`;
  }

  /** Sets the source location of the instructions emitted next (SET_LOC). */
  at(node: Located): void {
    this.unit.loc = node;
  }

  /** Emits an instruction in the current unit. */
  emit(op: Opcode, arg = 0): void {
    this.unit.emit(op, arg);
  }

  /** LOAD_CONST c. */
  loadConst(c: PyConstant): void {
    this.unit.emit('LOAD_CONST', this.unit.addConst(c));
  }

  /** `return <const>`: RETURN_CONST in 3.12+, LOAD_CONST + RETURN_VALUE in 3.11. */
  returnConst(c: PyConstant): void {
    if (this.version === '3.11') {
      this.loadConst(c);
      this.emit('RETURN_VALUE');
    } else this.emit('RETURN_CONST', this.unit.addConst(c));
  }

  /** A SyntaxError at `node` (compiler_error). */
  error(msg: string, node: Located): PySyntaxError {
    const end = node as Partial<{ end_lineno: number; end_col_offset: number }>;
    return new PySyntaxError({
      msg, lineno: node.lineno, offset: node.col_offset + 1, text: null, filename: this.filename,
      ...(end.end_lineno === undefined || end.end_col_offset === undefined ? {} : { endLineno: end.end_lineno, endOffset: end.end_col_offset + 1 }),
    });
  }

  /** Emits the load/store/delete of a variable (compiler_nameop). */
  nameOp(rawName: string, ctx: ExprContext): void {
    const u = this.unit;
    const name = mangle(u.privateName, rawName);
    for (let i = u.inlined.length - 1; i >= 0; i--) {
      const s = u.inlined[i].scopes.get(name);
      if (s === 'cell') return this.derefOp(name, ctx, false);
      if (s === 'local') return this.fastOp(name, ctx);
      // Obscurity: an inlined comprehension in a class body still cannot see the class's names,
      // so its globals are LOAD_GLOBAL and its free variables plain derefs (3.12 compiler_nameop).
      if (s !== undefined && u.ste.type === 'class') {
        if (s === 'free') return this.derefOp(name, ctx, false);
        return this.globalOp(name, ctx);
      }
    }
    const ste = u.ste;
    const scope = ste.scopes.get(name);
    const isFunction = ste.type === 'function';
    if (ste.canSeeClassScope && ctx === 'Load' && (scope === 'globalImplicit' || scope === 'free') && name !== '__classdict__') {
      // An annotation scope in a class body: the class namespace first (compiler_nameop, 3.12).
      this.unit.emitDeref('LOAD_DEREF', '__classdict__');
      if (scope === 'free') this.unit.emitDeref('LOAD_FROM_DICT_OR_DEREF', name);
      else this.emit('LOAD_FROM_DICT_OR_GLOBALS', u.nameIdx(name));
      return;
    }
    switch (scope) {
      case 'free':
      case 'cell':
        return this.derefOp(name, ctx, ste.type === 'class' && scope === 'free');
      case 'local':
        if (isFunction) return this.fastOp(name, ctx);
        break;
      case 'globalImplicit':
        if (isFunction) return this.globalOp(name, ctx);
        break;
      case 'globalExplicit':
        return this.globalOp(name, ctx);
    }
    const i = u.nameIdx(name);
    this.emit(ctx === 'Load' ? 'LOAD_NAME' : ctx === 'Store' ? 'STORE_NAME' : 'DELETE_NAME', i);
  }

  private fastOp(name: string, ctx: ExprContext): void {
    const i = this.unit.varnameIndex(name);
    const isParam = this.unit.ste.params.includes(name);
    this.emit(ctx === 'Load' ? (isParam ? 'LOAD_FAST' : 'LOAD_FAST_CHECK') : ctx === 'Store' ? 'STORE_FAST' : 'DELETE_FAST', i);
  }

  private globalOp(name: string, ctx: ExprContext): void {
    const i = this.unit.nameIdx(name);
    if (ctx === 'Load') this.emit('LOAD_GLOBAL', i << 1);
    else this.emit(ctx === 'Store' ? 'STORE_GLOBAL' : 'DELETE_GLOBAL', i);
  }

  private derefOp(name: string, ctx: ExprContext, classBody: boolean): void {
    if (ctx === 'Load' && classBody) {
      this.emit('LOAD_LOCALS');
      this.unit.emitDeref('LOAD_FROM_DICT_OR_DEREF', name);
      return;
    }
    this.unit.emitDeref(ctx === 'Load' ? 'LOAD_DEREF' : ctx === 'Store' ? 'STORE_DEREF' : 'DELETE_DEREF', name);
  }

  /** The mangled attribute or name for the current class (for co_names). */
  mangled(name: string): string {
    return mangle(this.unit.privateName, name);
  }
}

/** The `from __future__ import ...` names at the top of a module (future.c future_parse). */
function futureFeatures(c: Compiler, mod: Module): Set<string> {
  const features = new Set<string>();
  let done = false;
  mod.body.forEach((s, i) => {
    const isDoc = i === 0 && s._type === 'Expr' && s.value._type === 'Constant' && typeof s.value.value === 'string';
    if (s._type === 'ImportFrom' && s.module === '__future__' && s.level === 0) {
      if (done) throw c.error('from __future__ imports must occur at the beginning of the file', s);
      for (const a of s.names) {
        if (!KNOWN_FUTURES.has(a.name)) throw c.error(a.name === 'braces' ? 'not a chance' : `future feature ${a.name} is not defined`, s);
        features.add(a.name);
      }
    } else if (!isDoc) done = true;
  });
  return features;
}

const KNOWN_FUTURES = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations']);
