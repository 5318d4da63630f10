// PEP 695 type parameters and `type` statements (3.12) and PEP 696 defaults (3.13) parse on every
// version here, because py-ast knows the newest grammar. This gate turns them back into the
// SyntaxError the older CPython parser gives, at the first offending token in the file:
//   3.11  `def f[T]` / `async def f[T]`  "expected '('" at `[`
//         `class C[T]`                   "invalid syntax" at `[`
//         `type A = ...`                 "invalid syntax" under the name `A`
//   3.12  `def f[T = int]`               "expected '('" at `[`
//         `class C[T = int]`             "invalid syntax" at `=`
//         `type A[T = int]`              "invalid syntax. Maybe you meant '==' or ':=' ..." under `T = int`
// (probed on 3.11.7 and 3.12.1: test/oracle/typeParamsProbe.py).
import type { CPythonVersion } from '../../protocol/heapModel';
import type { Module, TypeParam } from './ast';
import type { SourceText } from './sourceText';
import { PySyntaxError } from './syntaxError';

interface Found { lineno: number; col: number; msg: string; width?: number }

/** Throws the SyntaxError `version`'s parser gives for type-parameter syntax it lacks. */
export function checkTypeParamSyntax(mod: Module, text: SourceText, filename: string, version: CPythonVersion): void {
  if (version === '3.13') return;
  let first: Found | null = null;
  const note = (f: Found | null) => {
    if (f && (!first || f.lineno < first.lineno || (f.lineno === first.lineno && f.col < first.col))) first = f;
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (typeof node !== 'object' || node === null) return;
    const n = node as { _type?: string; type_params?: TypeParam[]; lineno: number; col_offset: number; name?: unknown };
    if (n._type === 'FunctionDef' || n._type === 'AsyncFunctionDef' || n._type === 'ClassDef' || n._type === 'TypeAlias') {
      note(offending(n as Offender, text, version));
    }
    for (const [k, v] of Object.entries(node)) if (k !== '_type' && typeof v === 'object') visit(v);
  };
  visit(mod.body);
  if (!first) return;
  const f = first as Found;
  throw new PySyntaxError({ msg: f.msg, lineno: f.lineno, offset: f.col + 1, endLineno: f.lineno, endOffset: f.col + 1 + (f.width ?? 1), text: text.line(f.lineno) + '\n', filename });
}

type Offender = { _type: string; type_params: TypeParam[]; lineno: number; col_offset: number; name: unknown };

function offending(n: Offender, text: SourceText, version: CPythonVersion): Found | null {
  const line = text.line(n.lineno);
  const start = text.charIndex(n.lineno, n.col_offset);
  const isDef = n._type !== 'ClassDef' && n._type !== 'TypeAlias';
  if (version === '3.11') {
    if (n._type === 'TypeAlias') {
      const m = /^type\s+/.exec(line.slice(start));
      const name = (n.name as { id: string }).id;
      return { lineno: n.lineno, col: start + (m ? m[0].length : 0), msg: 'invalid syntax', width: name.length };
    }
    if (!n.type_params.length) return null;
    return { lineno: n.lineno, col: bracketCol(line, start), msg: isDef ? "expected '('" : 'invalid syntax' };
  }
  const withDefault = n.type_params.find((p) => p.default_value !== null);
  if (!withDefault) return null;
  if (isDef) return { lineno: n.lineno, col: bracketCol(line, start), msg: "expected '('" };
  const d = withDefault.default_value!;
  if (n._type === 'TypeAlias' && d.end_lineno === withDefault.lineno) {
    // The alias's `[T = int]` reads as a subscript with a keyword-looking `=` in it.
    const col = text.charIndex(withDefault.lineno, withDefault.col_offset);
    const end = text.charIndex(d.end_lineno, d.end_col_offset);
    return { lineno: withDefault.lineno, col, width: end - col, msg: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" };
  }
  const dLine = text.line(d.lineno);
  return { lineno: d.lineno, col: dLine.lastIndexOf('=', text.charIndex(d.lineno, d.col_offset)), msg: 'invalid syntax' };
}

/** The column of the `[` after `def name` / `class name` starting at `start`. */
function bracketCol(line: string, start: number): number {
  const at = line.indexOf('[', start);
  return at >= 0 ? at : start;
}
