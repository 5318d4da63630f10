/**
 * The script's parse and compile before a run: NUL bytes refused as CPython's tokenizer does, the
 * parser's SyntaxWarnings printed as `python3 script.py` prints them, and source nested too deep
 * for the JS stack turned into CPython's RecursionError during compilation.
 */
import type { Interp } from '../runtime/interp';
import type { ScopeShape } from '../../engine/startupCalibration';
import { compile } from '../compiler/compiler';
import { parse } from '../parser/pyAstAdapter';
import { arenaConstantRefs, literalRefs } from '../compiler/astArena';
import { invalidEscapeWarnings } from '../parser/escapeWarnings';
import { PySyntaxError } from '../parser/syntaxError';
import { CompileLimitError } from '../parser/nestingLimits';
import { sourceLine } from './traceback';
import type { CodeObject, CompileWarning } from '../compiler/codeObject';
import type { RunOptions } from './runOptions';

/** CPython's RecursionError (or the parser's MemoryError) for source nested past its limits. */
export class CompileRecursion extends Error {}

/** The script's code, and the references its AST's arena holds to each constant, by constant key (astArena.ts). */
export interface CompiledScript {
  code: CodeObject;
  arenaRefs: Map<string, number>;
}

/**
 * Parses and compiles the script. Source nested past what our recursive parser and compiler can
 * walk on the JS stack (`a+a+...+a` 100,000 times, `x.b.b...` 20,000 times) is what CPython's
 * compiler refuses too, with `RecursionError: maximum recursion depth exceeded during compilation`
 * (its AST optimizer and symtable count their depth). parse() applies CPython's limits
 * (nestingLimits.ts); a JS stack running out below them still becomes the RecursionError.
 */
export function compileScript(options: RunOptions, interp: Interp, onScopes: (shape: ScopeShape) => void): CompiledScript {
  // CPython's file tokenizer refuses a NUL on the line it reads it, printing the line up to it
  // without carets (compile() of a string says "source code string ..." with no position).
  const nul = options.source.indexOf('\0');
  if (nul >= 0) {
    const before = options.source.slice(0, nul);
    const lineno = before.split('\n').length;
    throw new PySyntaxError({ msg: 'source code cannot contain null bytes', lineno, offset: 0, text: before.slice(before.lastIndexOf('\n') + 1), filename: options.filename });
  }
  try {
    const mod = parse(options.source, options.filename, options.version);
    // The parser's warnings (invalid escapes; 3.12+ only, 3.11's DeprecationWarning is hidden) come first.
    const warnings: CompileWarning[] = options.version === '3.11' ? [] : invalidEscapeWarnings(mod, options.source);
    const literals = literalRefs(mod, options.source, options.version);
    const code = compile(mod, { version: options.version, filename: options.filename, onScopes, warnings });
    // The warnings module's default format: the location, then the stripped source line.
    for (const w of options.ignoreWarnings || ignoresAll(options.warnOptions) ? [] : warnings) {
      const line = sourceLine(interp, options.filename, w.lineno)?.trim();
      interp.writeStderr(`${options.filename}:${w.lineno}: SyntaxWarning: ${w.message}\n${line ? `  ${line}\n` : ''}`);
    }
    return { code, arenaRefs: arenaConstantRefs(mod, literals) };
  } catch (e) {
    if (e instanceof CompileLimitError) throw new CompileRecursion(e.message ? `${e.pyType}: ${e.message}` : e.pyType);
    if (e instanceof RangeError && /Maximum call stack size exceeded/.test(e.message)) {
      throw new CompileRecursion('RecursionError: maximum recursion depth exceeded during compilation');
    }
    throw e;
  }
}

/**
 * Whether the last `-W` option is a bare "ignore" (or an abbreviation): then the compiler's
 * SyntaxWarnings, printed before the warnings module exists, are not shown. Other options'
 * effect on them (`-W error` making them SyntaxErrors) is not simulated.
 */
function ignoresAll(options: readonly string[] | undefined): boolean {
  const last = options?.[options.length - 1]?.trim();
  return !!last && 'ignore'.startsWith(last);
}
