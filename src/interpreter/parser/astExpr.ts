// Expression and pattern nodes, shaped like CPython's `ast` module (Parser/Python.asdl, 3.11–3.13).
// Field names are the `ast` module's own (snake_case), so `ast.dump` output maps one to one.
// Positions: `lineno`/`end_lineno` are 1-based lines, `col_offset`/`end_col_offset` 0-based UTF-8
// byte offsets into the line, exactly as CPython stores them.
import type { AstConstantValue, PyFrozensetConst, PyTupleConst } from './pyConstant';

/** A node's source span (lines 1-based, columns 0-based UTF-8 bytes). */
export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** `expr_context`: how a Name/Attribute/Subscript/Starred/List/Tuple is used. */
export type ExprContext = 'Load' | 'Store' | 'Del';
/** `boolop`. */
export type BoolOpKind = 'And' | 'Or';
/** `operator` (binary and augmented). */
export type OperatorKind =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
/** `unaryop`. */
export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';
/** `cmpop`. */
export type CmpOpKind = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

/** Every expression node. */
export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr
  | ListComp | SetComp | DictComp | GeneratorExp | Await | Yield | YieldFrom
  | Compare | Call | FormattedValue | JoinedStr | Constant | Attribute | Subscript
  | Starred | Name | ListExpr | Tuple | Slice;

/** `a and b`, `a or b or c`. */
export interface BoolOp extends Located { _type: 'BoolOp'; op: BoolOpKind; values: Expr[] }
/** `target := value`. */
export interface NamedExpr extends Located { _type: 'NamedExpr'; target: Name; value: Expr }
/** `left op right`. */
export interface BinOp extends Located { _type: 'BinOp'; left: Expr; op: OperatorKind; right: Expr }
/** `op operand`. */
export interface UnaryOp extends Located { _type: 'UnaryOp'; op: UnaryOpKind; operand: Expr }
/** `lambda args: body`. */
export interface Lambda extends Located { _type: 'Lambda'; args: Arguments; body: Expr }
/** `body if test else orelse`. */
export interface IfExp extends Located { _type: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** `{k: v, **m}`: a `null` key marks a `**` unpacking. */
export interface Dict extends Located { _type: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
/** `{a, b}` (ast.Set). */
export interface SetExpr extends Located { _type: 'Set'; elts: Expr[] }
/** `[elt for ...]`. */
export interface ListComp extends Located { _type: 'ListComp'; elt: Expr; generators: Comprehension[] }
/** `{elt for ...}`. */
export interface SetComp extends Located { _type: 'SetComp'; elt: Expr; generators: Comprehension[] }
/** `{key: value for ...}`. */
export interface DictComp extends Located { _type: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
/** `(elt for ...)`. */
export interface GeneratorExp extends Located { _type: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
/** `await value`. */
export interface Await extends Located { _type: 'Await'; value: Expr }
/** `yield [value]`. */
export interface Yield extends Located { _type: 'Yield'; value: Expr | null }
/** `yield from value`. */
export interface YieldFrom extends Located { _type: 'YieldFrom'; value: Expr }
/** `left op1 c1 op2 c2 ...`. */
export interface Compare extends Located { _type: 'Compare'; left: Expr; ops: CmpOpKind[]; comparators: Expr[] }
/** `func(*args, **keywords)`. */
export interface Call extends Located { _type: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/** One `{value!conversion:format_spec}` field of an f-string; conversion -1, 115 's', 114 'r', 97 'a'. */
export interface FormattedValue extends Located {
  _type: 'FormattedValue';
  value: Expr;
  conversion: number;
  format_spec: JoinedStr | null;
}
/** An f-string: Constant(str) and FormattedValue parts. */
export interface JoinedStr extends Located { _type: 'JoinedStr'; values: (Constant | FormattedValue)[] }
/** A literal; `kind` is `'u'` for `u'...'` strings, else null. Tuples/frozensets only after constant folding. */
export interface Constant extends Located {
  _type: 'Constant';
  value: AstConstantValue | PyTupleConst | PyFrozensetConst;
  kind: string | null;
}
/** `value.attr`. */
export interface Attribute extends Located { _type: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
/** `value[slice]`. */
export interface Subscript extends Located { _type: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
/** `*value`. */
export interface Starred extends Located { _type: 'Starred'; value: Expr; ctx: ExprContext }
/** An identifier. */
export interface Name extends Located { _type: 'Name'; id: string; ctx: ExprContext }
/** `[a, b]` (ast.List). */
export interface ListExpr extends Located { _type: 'List'; elts: Expr[]; ctx: ExprContext }
/** `(a, b)` or `a, b`. */
export interface Tuple extends Located { _type: 'Tuple'; elts: Expr[]; ctx: ExprContext }
/** `lower:upper:step` inside a subscript. */
export interface Slice extends Located { _type: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

/** `for target in iter if ifs...` (unlocated, as in CPython). */
export interface Comprehension {
  _type: 'comprehension';
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: number;
}

/** A function's parameter list (unlocated). */
export interface Arguments {
  _type: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}
/** One parameter. */
export interface Arg extends Located { _type: 'arg'; arg: string; annotation: Expr | null; type_comment: string | null }
/** `arg=value` or `**value` (arg null) in a call or class header. */
export interface Keyword extends Located { _type: 'keyword'; arg: string | null; value: Expr }

/** Every `match` pattern node. */
export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping
  | MatchClass | MatchStar | MatchAs | MatchOr;

/** `case 1:` / `case a.b:`. */
export interface MatchValue extends Located { _type: 'MatchValue'; value: Expr }
/** `case None | True | False:`. */
export interface MatchSingleton extends Located { _type: 'MatchSingleton'; value: null | boolean }
/** `case [a, *rest]:`. */
export interface MatchSequence extends Located { _type: 'MatchSequence'; patterns: Pattern[] }
/** `case {"k": p, **rest}:`. */
export interface MatchMapping extends Located { _type: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null }
/** `case C(p, k=q):`. */
export interface MatchClass extends Located {
  _type: 'MatchClass';
  cls: Expr;
  patterns: Pattern[];
  kwd_attrs: string[];
  kwd_patterns: Pattern[];
}
/** `*name` / `*_` in a sequence pattern. */
export interface MatchStar extends Located { _type: 'MatchStar'; name: string | null }
/** `p as name`, a capture `name`, or the wildcard `_` (both null). */
export interface MatchAs extends Located { _type: 'MatchAs'; pattern: Pattern | null; name: string | null }
/** `p | q`. */
export interface MatchOr extends Located { _type: 'MatchOr'; patterns: Pattern[] }
