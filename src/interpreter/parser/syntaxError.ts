// CPython's SyntaxError as data: what `parse` and the compiler throw. Positions follow the
// `SyntaxError` attributes: `lineno` 1-based, `offset` 1-based (CPython counts characters here,
// unlike `col_offset`), `text` the offending source line with its newline.

/** Which SyntaxError subclass CPython raises. */
export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

/** A Python SyntaxError (or IndentationError/TabError) with CPython's message and position. */
export class PySyntaxError extends Error {
  /** The exception class CPython would raise. */
  readonly type: SyntaxErrorType;
  /** CPython's message (`SyntaxError.msg`). */
  readonly msg: string;
  /** 1-based line, or 0 when unknown. */
  readonly lineno: number;
  /** 1-based column (characters), or 0 when unknown. */
  readonly offset: number;
  /** 1-based end line, when CPython reports one. */
  readonly endLineno?: number;
  /** 1-based end column, when CPython reports one. */
  readonly endOffset?: number;
  /** The source line, or null. */
  readonly text: string | null;
  /** The file name given to `parse`. */
  readonly filename: string;

  constructor(init: {
    msg: string;
    lineno: number;
    offset: number;
    text: string | null;
    filename?: string;
    type?: SyntaxErrorType;
    endLineno?: number;
    endOffset?: number;
  }) {
    super(`${init.msg} (${init.filename ?? '<unknown>'}, line ${init.lineno})`);
    this.name = init.type ?? 'SyntaxError';
    this.type = init.type ?? 'SyntaxError';
    this.msg = init.msg;
    this.lineno = init.lineno;
    this.offset = init.offset;
    this.text = init.text;
    this.filename = init.filename ?? '<unknown>';
    if (init.endLineno !== undefined) this.endLineno = init.endLineno;
    if (init.endOffset !== undefined) this.endOffset = init.endOffset;
  }
}
