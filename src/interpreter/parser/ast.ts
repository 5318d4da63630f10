// Module and statement nodes, shaped like CPython's `ast` module (Parser/Python.asdl, 3.11–3.13);
// expressions and patterns are in astExpr.ts. `_type` is the class name (`type(node).__name__`).
// PEP 695 type parameters (3.12) are in `type_params`; 3.11 rejects them (typeParamGate.ts).
import type { Arguments, Expr, Keyword, Located, Name, OperatorKind, Pattern } from './astExpr';

export type * from './astExpr';

/** `ast.Module`: a file. */
export interface Module {
  _type: 'Module';
  body: Stmt[];
  type_ignores: never[];
}

/** Every statement node. */
export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | TypeAlias
  | AugAssign | AnnAssign | For | AsyncFor | While | If | With | AsyncWith | Match
  | Raise | Try | TryStar | Assert | Import | ImportFrom | Global | Nonlocal | ExprStmt
  | Pass | Break | Continue;

/** A 3.12 type parameter (`T`, `*Ts`, `**P`); `default_value` is 3.13. */
export interface TypeParam extends Located {
  _type: 'TypeVar' | 'ParamSpec' | 'TypeVarTuple';
  name: string;
  bound: Expr | null;
  default_value: Expr | null;
}

interface FunctionLike extends Located {
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: string | null;
  type_params: TypeParam[];
}
/** `def name(args): body`. */
export interface FunctionDef extends FunctionLike { _type: 'FunctionDef' }
/** `async def name(args): body`. */
export interface AsyncFunctionDef extends FunctionLike { _type: 'AsyncFunctionDef' }
/** `class name(bases, keywords): body`. */
export interface ClassDef extends Located {
  _type: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
  type_params: TypeParam[];
}
/** `return [value]`. */
export interface Return extends Located { _type: 'Return'; value: Expr | null }
/** `del targets`. */
export interface Delete extends Located { _type: 'Delete'; targets: Expr[] }
/** `t1 = t2 = value`. */
export interface Assign extends Located { _type: 'Assign'; targets: Expr[]; value: Expr; type_comment: string | null }
/** `type name[params] = value` (3.12). */
export interface TypeAlias extends Located { _type: 'TypeAlias'; name: Name; type_params: TypeParam[]; value: Expr }
/** `target op= value`. */
export interface AugAssign extends Located { _type: 'AugAssign'; target: Expr; op: OperatorKind; value: Expr }
/** `target: annotation [= value]`; `simple` is 1 for a bare unparenthesised name. */
export interface AnnAssign extends Located {
  _type: 'AnnAssign';
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  simple: number;
}
interface ForLike extends Located { target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null }
/** `for target in iter: body else: orelse`. */
export interface For extends ForLike { _type: 'For' }
/** `async for ...`. */
export interface AsyncFor extends ForLike { _type: 'AsyncFor' }
/** `while test: body else: orelse`. */
export interface While extends Located { _type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
/** `if test: body else: orelse` (`elif` is a nested If in orelse). */
export interface If extends Located { _type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
/** One `context_expr as optional_vars` of a with statement (unlocated). */
export interface WithItem { _type: 'withitem'; context_expr: Expr; optional_vars: Expr | null }
/** `with items: body`. */
export interface With extends Located { _type: 'With'; items: WithItem[]; body: Stmt[]; type_comment: string | null }
/** `async with items: body`. */
export interface AsyncWith extends Located { _type: 'AsyncWith'; items: WithItem[]; body: Stmt[]; type_comment: string | null }
/** One `case pattern if guard: body` (unlocated). */
export interface MatchCase { _type: 'match_case'; pattern: Pattern; guard: Expr | null; body: Stmt[] }
/** `match subject: cases`. */
export interface Match extends Located { _type: 'Match'; subject: Expr; cases: MatchCase[] }
/** `raise [exc [from cause]]`. */
export interface Raise extends Located { _type: 'Raise'; exc: Expr | null; cause: Expr | null }
/** `except [type [as name]]: body`. */
export interface ExceptHandler extends Located { _type: 'ExceptHandler'; type: Expr | null; name: string | null; body: Stmt[] }
/** `try: body except...: else: finally:`. */
export interface Try extends Located {
  _type: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
/** `try: ... except* ...:` (3.11). */
export interface TryStar extends Located {
  _type: 'TryStar';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
/** `assert test, msg`. */
export interface Assert extends Located { _type: 'Assert'; test: Expr; msg: Expr | null }
/** `name as asname` in an import. */
export interface Alias extends Located { _type: 'alias'; name: string; asname: string | null }
/** `import names`. */
export interface Import extends Located { _type: 'Import'; names: Alias[] }
/** `from .module import names`; level counts the dots. */
export interface ImportFrom extends Located { _type: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
/** `global names`. */
export interface Global extends Located { _type: 'Global'; names: string[] }
/** `nonlocal names`. */
export interface Nonlocal extends Located { _type: 'Nonlocal'; names: string[] }
/** An expression statement (ast.Expr). */
export interface ExprStmt extends Located { _type: 'Expr'; value: Expr }
/** `pass`. */
export interface Pass extends Located { _type: 'Pass' }
/** `break`. */
export interface Break extends Located { _type: 'Break' }
/** `continue`. */
export interface Continue extends Located { _type: 'Continue' }
