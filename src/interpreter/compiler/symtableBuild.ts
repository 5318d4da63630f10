// The first symbol-table pass: walk the tree, open a scope per function/class/lambda/
// comprehension and record each name's definitions and uses. Mirrors symtable_visit_stmt /
// symtable_visit_expr, Python/symtable.c, including its SyntaxErrors for global/nonlocal misuse.
import type { Module, Stmt, TypeParam } from '../parser/ast';
import type { Arguments, Comprehension, Expr, Pattern } from '../parser/astExpr';
import type { PythonVersion } from './codeObject';
import { DEF, analyze, mangle, newEntry, symbolError } from './symtable';
import type { SymbolTableEntry } from './symtable';

/** Builds and analyzes the symbol tables of a module; the result is the module's entry. */
export function buildSymtable(mod: Module, version: PythonVersion): SymbolTableEntry {
  const b = new SymtableBuilder(version);
  const top = newEntry('module', 'top', mod, null, 1);
  b.cur = top;
  for (const s of mod.body) b.stmt(s);
  analyze(top);
  return top;
}

class SymtableBuilder {
  cur!: SymbolTableEntry;
  private privateName: string | null = null;
  constructor(private readonly version: PythonVersion) {}

  private addDef(name: string, flag: number, lineno: number): void {
    const m = mangle(this.privateName, name);
    const old = this.cur.symbols.get(m) ?? 0;
    if (flag & DEF.PARAM && old & DEF.PARAM) {
      throw symbolError(`duplicate argument '${m}' in function definition`, lineno);
    }
    this.cur.symbols.set(m, old | flag);
    if (flag & DEF.PARAM) this.cur.params.push(m);
  }

  private enter(type: 'class' | 'function', name: string, node: object, lineno: number): SymbolTableEntry {
    const e = newEntry(type, name, node, this.cur, lineno);
    this.cur = e;
    return e;
  }

  private leave(e: SymbolTableEntry): void {
    this.cur = e.parent!;
  }

  stmt(s: Stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF.LOCAL, s.lineno);
        this.argDefaults(s.args);
        for (const d of s.decorator_list) this.expr(d);
        const tp = this.enterTypeParams(s.type_params, s.name, s.lineno);
        if (tp && s.args.defaults.length) this.addDef('.defaults', DEF.PARAM, s.lineno);
        if (tp && s.args.kw_defaults.some((d) => d)) this.addDef('.kwdefaults', DEF.PARAM, s.lineno);
        this.annotations(s.args, s.returns);
        const e = this.enter('function', s.name, s, s.lineno);
        if (s._type === 'AsyncFunctionDef') e.coroutine = true;
        this.params(s.args);
        for (const b of s.body) this.stmt(b);
        this.leave(e);
        if (tp) this.leave(tp);
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF.LOCAL, s.lineno);
        for (const d of s.decorator_list) this.expr(d);
        const tp = this.enterTypeParams(s.type_params, s.name, s.lineno);
        if (tp) {
          this.addDef('.type_params', DEF.LOCAL, s.lineno);
          this.addDef('.generic_base', DEF.LOCAL, s.lineno);
        }
        for (const x of s.bases) this.expr(x);
        for (const kw of s.keywords) this.expr(kw.value);
        const e = this.enter('class', s.name, s, s.lineno);
        const saved = this.privateName;
        this.privateName = s.name;
        if (tp) this.addDef('.type_params', DEF.USE, s.lineno);
        for (const b of s.body) this.stmt(b);
        this.privateName = saved;
        this.leave(e);
        if (tp) this.leave(tp);
        break;
      }
      case 'Return':
        if (s.value) {
          this.expr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete': for (const t of s.targets) this.expr(t); break;
      case 'Assign':
        for (const t of s.targets) this.expr(t);
        this.expr(s.value);
        break;
      case 'AugAssign': this.expr(s.target); this.expr(s.value); break;
      case 'AnnAssign':
        if (s.target._type === 'Name') {
          const flags = this.cur.symbols.get(mangle(this.privateName, s.target.id)) ?? 0;
          if (flags & (DEF.GLOBAL | DEF.NONLOCAL) && s.simple) {
            const kind = flags & DEF.GLOBAL ? 'global' : 'nonlocal';
            throw symbolError(`annotated name '${s.target.id}' can't be ${kind}`, s.lineno, s.col_offset + 1);
          }
          this.addDef(s.target.id, s.simple ? DEF.ANNOT | DEF.LOCAL : DEF.LOCAL, s.lineno);
          if (!s.simple) this.addDef(s.target.id, DEF.LOCAL, s.lineno);
        } else this.expr(s.target);
        this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      case 'For': case 'AsyncFor':
        this.expr(s.target); this.expr(s.iter); this.stmts(s.body); this.stmts(s.orelse);
        break;
      case 'While': case 'If':
        this.expr(s.test); this.stmts(s.body); this.stmts(s.orelse);
        break;
      case 'With': case 'AsyncWith':
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        break;
      case 'Raise': if (s.exc) this.expr(s.exc); if (s.cause) this.expr(s.cause); break;
      case 'Try': case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.addDef(h.name, DEF.LOCAL, h.lineno);
          this.stmts(h.body);
        }
        this.stmts(s.orelse); this.stmts(s.finalbody);
        break;
      case 'Assert': this.expr(s.test); if (s.msg) this.expr(s.msg); break;
      case 'Import': case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.type !== 'module') throw symbolError('import * only allowed at module level', s.lineno, s.col_offset + 1);
            continue;
          }
          const stored = a.asname ?? a.name.split('.')[0];
          this.addDef(stored, DEF.IMPORT, s.lineno);
        }
        break;
      case 'Global': case 'Nonlocal': this.declare(s._type, s.names, s.lineno, s.col_offset); break;
      case 'Expr': this.expr(s.value); break;
      case 'TypeAlias': {
        this.addDef(s.name.id, DEF.LOCAL, s.lineno);
        const tp = this.enterTypeParams(s.type_params, s.name.id, s.lineno);
        this.lazyScope(s.name.id, s, s.value);
        if (tp) this.leave(tp);
        break;
      }
      case 'Pass': case 'Break': case 'Continue': break;
    }
  }

  /**
   * PEP 695: opens `<generic parameters of NAME>`, the annotation scope binding the type
   * parameters (symtable_enter_type_param_block), or returns null when there are none. Each
   * bound, constraint tuple or default is its own lazily evaluated scope named after the param.
   */
  private enterTypeParams(params: TypeParam[], name: string, lineno: number): SymbolTableEntry | null {
    if (!params.length) return null;
    const inClass = this.cur.type === 'class';
    const tp = this.enter('function', `<generic parameters of ${name}>`, params, lineno);
    tp.typeParamsBlock = true;
    this.seeClassScope(tp, inClass, lineno);
    for (const p of params) {
      this.addDef(p.name, DEF.LOCAL, p.lineno);
      if (p.bound) this.lazyScope(p.name, p, p.bound);
      if (p.default_value) this.lazyScope(p.name, p.default_value, p.default_value);
    }
    return tp;
  }

  /** A lazily evaluated expression (a TypeVar's bound, an alias's value): a function scope. */
  private lazyScope(name: string, node: object, value: Expr): void {
    const inClass = this.cur.type === 'class' || this.cur.canSeeClassScope;
    const e = this.enter('function', name, node, value.lineno);
    this.seeClassScope(e, inClass, value.lineno);
    this.expr(value);
    this.leave(e);
  }

  /** An annotation scope in a class body reads the class's names through `__classdict__` (ste_can_see_class_scope). */
  private seeClassScope(e: SymbolTableEntry, inClass: boolean, lineno: number): void {
    if (!inClass) return;
    e.canSeeClassScope = true;
    this.addDef('__classdict__', DEF.USE, lineno);
  }

  private stmts(body: Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  /** `global`/`nonlocal` declarations and their ordering errors (symtable_visit_stmt). */
  private declare(kind: 'Global' | 'Nonlocal', names: string[], lineno: number, col: number): void {
    const word = kind === 'Global' ? 'global' : 'nonlocal';
    if (kind === 'Nonlocal' && this.cur.type === 'module') {
      throw symbolError('nonlocal declaration not allowed at module level', lineno, col + 1);
    }
    for (const raw of names) {
      const name = mangle(this.privateName, raw);
      const cur = this.cur.symbols.get(name) ?? 0;
      if (cur & (DEF.PARAM | DEF.LOCAL | DEF.USE | DEF.ANNOT)) {
        const why = cur & DEF.PARAM ? `is parameter and ${word}`
          : cur & DEF.USE ? `is used prior to ${word} declaration`
          : cur & DEF.ANNOT ? `is annotated and ${word}` : `is assigned to before ${word} declaration`;
        throw symbolError(`name '${name}' ${why}`, lineno, col + 1);
      }
      const other = kind === 'Global' ? DEF.NONLOCAL : DEF.GLOBAL;
      if (cur & other) throw symbolError(`name '${name}' is nonlocal and global`, lineno, col + 1);
      this.cur.symbols.set(name, cur | (kind === 'Global' ? DEF.GLOBAL : DEF.NONLOCAL));
      if (!this.cur.declLines.has(name)) this.cur.declLines.set(name, lineno);
    }
  }

  private argDefaults(a: Arguments): void {
    for (const d of a.defaults) this.expr(d);
    for (const d of a.kw_defaults) if (d) this.expr(d);
  }

  private annotations(a: Arguments, returns: Expr | null): void {
    for (const arg of [...a.posonlyargs, ...a.args, ...a.kwonlyargs, a.vararg, a.kwarg]) {
      if (arg?.annotation) this.expr(arg.annotation);
    }
    if (returns) this.expr(returns);
  }

  /** Parameters in CPython's co_varnames order: positional, keyword-only, *args, **kwargs. */
  private params(a: Arguments): void {
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) this.addDef(p.arg, DEF.PARAM, p.lineno);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF.PARAM, a.vararg.lineno);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF.PARAM, a.kwarg.lineno);
      this.cur.varkeywords = true;
    }
  }

  expr(e: Expr): void {
    switch (e._type) {
      case 'Name': {
        const flag = e.ctx === 'Load' ? DEF.USE : DEF.LOCAL;
        this.addDef(e.id, flag, e.lineno);
        if (e.ctx === 'Load' && this.cur.type === 'function' && e.id === 'super') this.addDef('__class__', DEF.USE, e.lineno);
        break;
      }
      case 'NamedExpr': this.namedExpr(e.target.id, e.lineno); this.expr(e.value); break;
      case 'Lambda': {
        this.argDefaults(e.args);
        const l = this.enter('function', '<lambda>', e, e.lineno);
        this.params(e.args);
        this.expr(e.body);
        this.leave(l);
        break;
      }
      case 'ListComp': this.comprehension(e, 'list', e.generators, [e.elt]); break;
      case 'SetComp': this.comprehension(e, 'set', e.generators, [e.elt]); break;
      case 'DictComp': this.comprehension(e, 'dict', e.generators, [e.key, e.value]); break;
      case 'GeneratorExp': this.comprehension(e, 'generator', e.generators, [e.elt]); break;
      case 'Yield': case 'YieldFrom': case 'Await': {
        if (e.value) this.expr(e.value);
        if (this.cur.type !== 'function') {
          const word = e._type === 'Await' ? 'await' : e._type === 'Yield' ? 'yield' : 'yield from';
          if (e._type !== 'Await' || this.cur.type === 'class' || this.cur.type === 'module') {
            throw symbolError(`'${word === 'yield from' ? 'yield' : word}' outside function`, e.lineno, e.col_offset + 1);
          }
        }
        if (e._type === 'Await') this.cur.coroutine = this.cur.coroutine || this.cur.comprehension !== null;
        else this.cur.generator = true;
        break;
      }
      default: this.children(e);
    }
  }

  /** Visits every Expr-valued field of a node that opens no scope. */
  private children(e: Expr): void {
    for (const key in e) {
      if (key === '_type' || key === 'ctx') continue;
      const v = (e as unknown as Record<string, unknown>)[key];
      if (Array.isArray(v)) {
        for (const x of v) if (isNode(x)) this.exprOrKeyword(x);
      } else if (isNode(v)) this.exprOrKeyword(v);
    }
  }

  private exprOrKeyword(x: { _type: string }): void {
    if (x._type === 'keyword') this.expr((x as unknown as { value: Expr }).value);
    else this.expr(x as Expr);
  }

  /** `x := v` binds x in the nearest enclosing non-comprehension scope (symtable_extend_namedexpr_scope). */
  private namedExpr(name: string, lineno: number): void {
    let target = this.cur;
    while (target.comprehension !== null) {
      if (target.symbols.has(name) && (target.symbols.get(name)! & DEF.COMP_ITER)) {
        throw symbolError(`assignment expression cannot rebind comprehension iteration variable '${name}'`, lineno);
      }
      target = target.parent!;
    }
    if (target !== this.cur) {
      if (target.type === 'class') throw symbolError('assignment expression within a comprehension cannot be used in a class body', lineno);
      const flags = target.symbols.get(name) ?? 0;
      const global = target.type === 'module' || (flags & DEF.GLOBAL) !== 0;
      // symtable_extend_namedexpr_scope: GLOBAL (or NONLOCAL) here, a binding in the target
      // scope; visiting the Store target then adds DEF_LOCAL here too, as in CPython.
      target.symbols.set(name, flags | (global ? DEF.GLOBAL : DEF.LOCAL));
      const cur = this.cur.symbols.get(name) ?? 0;
      this.cur.symbols.set(name, cur | (global ? DEF.GLOBAL : DEF.NONLOCAL) | DEF.LOCAL);
      this.cur.declLines.set(name, lineno);
    } else this.addDef(name, DEF.LOCAL, lineno);
  }

  /** A comprehension scope: the first iterable is evaluated outside, `.0` is its parameter. */
  private comprehension(e: Expr, kind: 'list' | 'set' | 'dict' | 'generator', gens: Comprehension[], elts: Expr[]): void {
    this.expr(gens[0].iter);
    const name = `<${kind === 'generator' ? 'genexpr' : kind + 'comp'}>`;
    const c = this.enter('function', name, e, e.lineno);
    c.comprehension = kind;
    c.inlined = kind !== 'generator' && this.version !== '3.11';
    if (kind === 'generator') c.generator = true;
    if (gens.some((g) => g.is_async)) c.coroutine = true;
    this.addDef('.0', DEF.PARAM, e.lineno);
    gens.forEach((g, i) => {
      this.compTarget(g.target);
      if (i > 0) this.expr(g.iter);
      for (const cond of g.ifs) this.expr(cond);
    });
    for (const x of elts) this.expr(x);
    this.leave(c);
    // An async comprehension is inlined only into a coroutine (it awaits in the parent's frame);
    // elsewhere it is its own coroutine, awaited by the caller.
    if (c.coroutine && c.inlined && !this.cur.coroutine) c.inlined = false;
  }

  private compTarget(t: Expr): void {
    if (t._type === 'Name') this.addDef(t.id, DEF.LOCAL | DEF.COMP_ITER, t.lineno);
    else this.expr(t);
  }

  private pattern(p: Pattern): void {
    switch (p._type) {
      case 'MatchValue': this.expr(p.value); break;
      case 'MatchSingleton': break;
      case 'MatchSequence': case 'MatchOr': for (const q of p.patterns) this.pattern(q); break;
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k);
        for (const q of p.patterns) this.pattern(q);
        if (p.rest) this.addDef(p.rest, DEF.LOCAL, p.lineno);
        break;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of [...p.patterns, ...p.kwd_patterns]) this.pattern(q);
        break;
      case 'MatchStar': if (p.name) this.addDef(p.name, DEF.LOCAL, p.lineno); break;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF.LOCAL, p.lineno);
        break;
    }
  }
}

function isNode(v: unknown): v is { _type: string } {
  return typeof v === 'object' && v !== null && '_type' in v;
}
