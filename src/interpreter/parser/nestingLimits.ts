// CPython's two limits on how deeply valid source may nest, checked on py-ast's tree without
// recursion (the tree can be 100,000 levels deep, past any JS stack):
//
//   - the PEG parser's stack (Parser/parser.c, MAXSTACK 6000): MemoryError "Parser stack
//     overflowed - Python source too complex to parse" (3.11: a bare MemoryError). Only rules
//     that recurse into themselves use it up; left-recursive ones (`a+a+...`, `a.b.b...`,
//     `f()()...`) loop. Measured (test/oracle/deepNesting.py): in `x = ...` a chain of 5,967
//     unary `-`/`not` or conditionals parses and 5,968 does not; `lambda: ` and `**` take two
//     levels each (2,983 lambdas and 2,984 `**` parse).
//   - the compiler's recursion limit (the AST optimizer and symtable count every statement and
//     expression they enter, limit 3 x 1000): RecursionError "maximum recursion depth exceeded
//     during compilation" when a statement-and-expression path is more than 3,000 deep.
// The parser measure is the common shapes' cost, not pegen's exact count in every context.
import type { CPythonVersion } from '../../protocol/heapModel';

/** The error CPython raises instead of a SyntaxError for source nested past its limits. */
export class CompileLimitError extends Error {
  constructor(readonly pyType: 'MemoryError' | 'RecursionError', msg: string) {
    super(msg);
  }
}

/** The deepest statement/expression path the compiler walks (3 x the default recursion limit). */
export const COMPILER_DEPTH_LIMIT = 3000;
/** Parser levels a `x = ...` chain may use before pegen's stack (MAXSTACK 6000) overflows. */
const PARSER_LEVELS = 5967;

const STATEMENTS = new Set([
  'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'TypeAlias', 'AugAssign',
  'AnnAssign', 'For', 'AsyncFor', 'While', 'If', 'With', 'AsyncWith', 'Match', 'Raise', 'Try', 'TryStar',
  'Assert', 'Import', 'ImportFrom', 'Global', 'Nonlocal', 'Expr', 'Pass', 'Break', 'Continue',
]);
const EXPRESSIONS = new Set([
  'BoolOp', 'NamedExpr', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set', 'ListComp', 'SetComp',
  'DictComp', 'GeneratorExp', 'Await', 'Yield', 'YieldFrom', 'Compare', 'Call', 'FormattedValue',
  'JoinedStr', 'Constant', 'Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple', 'Slice',
]);

type RawNode = { nodeType: string; [field: string]: unknown };

/** The pegen levels a node costs on the path to `child` (self-recursive rules only). */
function parserLevels(node: RawNode, field: string): number {
  switch (node.nodeType) {
    case 'UnaryOp': return 1;
    case 'IfExp': return field === 'orelse' ? 1 : 0;
    case 'Lambda': return 2;
    case 'BinOp': return field === 'right' && (node.op as RawNode | undefined)?.nodeType === 'Pow' ? 2 : 0;
    default: return 0;
  }
}

/** Throws CompileLimitError when py-ast's `tree` nests past CPython's parser or compiler limit. */
export function checkNestingLimits(tree: RawNode, version: CPythonVersion): void {
  let deepest = 0;
  let mostLevels = 0;
  const stack: { node: RawNode; depth: number; levels: number }[] = [{ node: tree, depth: 0, levels: 0 }];
  while (stack.length > 0) {
    const { node, depth: above, levels } = stack.pop()!;
    const depth = above + (STATEMENTS.has(node.nodeType) || EXPRESSIONS.has(node.nodeType) ? 1 : 0);
    deepest = Math.max(deepest, depth);
    mostLevels = Math.max(mostLevels, levels);
    for (const [field, value] of Object.entries(node)) {
      const children = Array.isArray(value) ? value : [value];
      for (const child of children) {
        if (isRawNode(child)) stack.push({ node: child, depth, levels: levels + parserLevels(node, field) });
      }
    }
  }
  if (mostLevels > PARSER_LEVELS) throw parserStackOverflow(version);
  if (deepest > COMPILER_DEPTH_LIMIT) throw new CompileLimitError('RecursionError', 'maximum recursion depth exceeded during compilation');
}

/** The MemoryError CPython's parser raises where py-ast itself ran out of JS stack. */
export function parserStackOverflow(version: CPythonVersion): CompileLimitError {
  return new CompileLimitError('MemoryError', version === '3.11' ? '' : 'Parser stack overflowed - Python source too complex to parse');
}

function isRawNode(v: unknown): v is RawNode {
  return typeof v === 'object' && v !== null && typeof (v as RawNode).nodeType === 'string';
}
