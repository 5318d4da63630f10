// The parser's public face: `parse(source, filename)` → CPython-shaped `Module`, or a thrown
// `PySyntaxError`. Everything py-ast specific stays behind pyAstAdapter.ts.
export { parse } from './pyAstAdapter';
export { PySyntaxError } from './syntaxError';
export { CompileLimitError } from './nestingLimits';
export type { SyntaxErrorType } from './syntaxError';
export { astDump } from './astDump';
export type * from './ast';
export * from './pyConstant';
export { constantRepr } from './pyRepr';
