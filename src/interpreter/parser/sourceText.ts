// A source file split into lines, answering "what text is at (line, UTF-8 byte column)".
// CPython's positions count UTF-8 bytes; JavaScript strings count UTF-16 units, so every lookup
// converts. ASCII-only lines (nearly all code) take the fast path where both agree.

/** Lines of a source (1-based access), with byte↔char column conversion. */
export class SourceText {
  /** The lines without their terminators, index 0 = line 1. */
  readonly lines: string[];
  private readonly ascii: boolean[];

  constructor(source: string) {
    this.lines = source.split(/\r\n|\r|\n/);
    // eslint-disable-next-line no-control-regex
    this.ascii = this.lines.map((l) => /^[\x00-\x7f]*$/.test(l));
  }

  /** The text of 1-based line `lineno` ('' past the end). */
  line(lineno: number): string {
    return this.lines[lineno - 1] ?? '';
  }

  /** The UTF-16 index in line `lineno` of the 0-based UTF-8 byte column `byteCol`. */
  charIndex(lineno: number, byteCol: number): number {
    if (this.ascii[lineno - 1] !== false) return byteCol;
    const text = this.line(lineno);
    let bytes = 0;
    let i = 0;
    while (i < text.length && bytes < byteCol) {
      const cp = text.codePointAt(i)!;
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += cp >= 0x10000 ? 2 : 1;
    }
    return i;
  }

  /** The 0-based UTF-8 byte column of UTF-16 index `charCol` in line `lineno`. */
  byteColumn(lineno: number, charCol: number): number {
    if (this.ascii[lineno - 1] !== false) return charCol;
    return utf8Length(this.line(lineno).slice(0, charCol));
  }

  /** The text between two positions (lines 1-based, columns 0-based UTF-8 bytes). */
  slice(lineno: number, col: number, endLineno: number, endCol: number): string {
    if (lineno === endLineno) {
      return this.line(lineno).slice(this.charIndex(lineno, col), this.charIndex(lineno, endCol));
    }
    const parts = [this.line(lineno).slice(this.charIndex(lineno, col))];
    for (let l = lineno + 1; l < endLineno; l++) parts.push(this.line(l));
    parts.push(this.line(endLineno).slice(0, this.charIndex(endLineno, endCol)));
    return parts.join('\n');
  }
}

/** The number of bytes of `text` in UTF-8 (lone surrogates count 3, as CPython's surrogatepass). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
