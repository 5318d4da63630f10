/**
 * doctest's text side (Lib/doctest.py `DocTestParser`, `OutputChecker`, the runner's report
 * strings; identical in 3.11–3.13): cutting a docstring into examples, comparing an example's
 * output with what it expected under the option flags, and the failure report. Pure functions of
 * strings, no interpreter.
 *
 *   >>> source line            an example starts at a `>>> ` prompt (indent kept for the others)
 *   ... continuation           `... ` lines continue its source
 *   expected output            every following non-blank line that is not a new prompt
 *   Traceback (most recent call last):   ...then the first line starting with a word character
 *   ValueError: message                   is the exception message compared (`excMsg`)
 */

/** The option flags (their values are doctest's `register_optionflag` order). */
export const OPTION_FLAGS: readonly [string, number][] = [
  ['DONT_ACCEPT_TRUE_FOR_1', 1], ['DONT_ACCEPT_BLANKLINE', 2], ['NORMALIZE_WHITESPACE', 4], ['ELLIPSIS', 8], ['SKIP', 16],
  ['IGNORE_EXCEPTION_DETAIL', 32], ['REPORT_UDIFF', 64], ['REPORT_CDIFF', 128], ['REPORT_NDIFF', 256],
  ['REPORT_ONLY_FIRST_FAILURE', 512], ['FAIL_FAST', 1024],
];
const FLAG = Object.fromEntries(OPTION_FLAGS) as Record<string, number>;

/** One `>>>` example. */
export interface DocExample {
  /** The source without prompts, ending with a newline. */
  source: string;
  /** The expected output ('' for none), ending with a newline when not empty. */
  want: string;
  /** The expected exception's message line(s) when `want` is a traceback. */
  excMsg: string | null;
  /** The line of the prompt within the docstring (0-based). */
  lineno: number;
  /** Flags the example's `# doctest:` directives turn on (true) or off (false). */
  options: Map<number, boolean>;
}

/** A docstring that doctest cannot parse: the ValueError's message. */
export class DocTestSyntax extends Error {}

const EXAMPLE_LINE = /^( *)>>>/;
const PS2 = /^ *\.\.\./;
const BLANK_OR_COMMENT = /^ *(#.*)?$/;
const EXCEPTION_HEADER = /^Traceback \((?:most recent call last|innermost last)\):[^\S\n]*\n?/;
const DIRECTIVE = /#\s*doctest:\s*([^\n'"]*)$/gm;

/** The examples of `doc` (tabs expanded, the common indentation removed first). */
export function parseExamples(doc: string, name: string): DocExample[] {
  const lines = expandTabs(doc).split('\n');
  const indents = lines.filter((l) => /\S/.test(l)).map((l) => /^ */.exec(l)![0].length);
  const minIndent = indents.length ? Math.min(...indents) : 0;
  const text = minIndent > 0 ? lines.map((l) => l.slice(minIndent)) : lines;
  const out: DocExample[] = [];
  for (let i = 0; i < text.length;) {
    const m = EXAMPLE_LINE.exec(text[i]);
    if (!m) {
      i++;
      continue;
    }
    const indent = m[1].length;
    const start = i;
    const sourceLines = [text[i++]];
    while (i < text.length && PS2.test(text[i])) sourceLines.push(text[i++]);
    const wantLines: string[] = [];
    while (i < text.length && text[i] !== '' && !/^ *$/.test(text[i]) && !/^ *>>>/.test(text[i])) wantLines.push(text[i++]);
    sourceLines.forEach((l, k) => {
      if (l.length >= indent + 4 && l[indent + 3] !== ' ') {
        throw new DocTestSyntax(`line ${start + k + 1} of the docstring for ${name} lacks blank after ${l.slice(indent, indent + 3)}: ${pyRepr(l)}`);
      }
    });
    checkPrefix(sourceLines.slice(1), ' '.repeat(indent) + '.', name, start + 1);
    checkPrefix(wantLines, ' '.repeat(indent), name, start + sourceLines.length);
    const source = sourceLines.map((l) => l.slice(indent + 4)).join('\n');
    const want = wantLines.map((l) => l.slice(indent)).join('\n');
    const options = findOptions(source, name, start);
    if (!BLANK_OR_COMMENT.test(source)) out.push({ source: withNewline(source), want: withNewline(want), excMsg: exceptionMessage(want), lineno: start, options });
  }
  return out;
}

function checkPrefix(lines: string[], prefix: string, name: string, lineno: number): void {
  lines.forEach((l, k) => {
    if (l && !l.startsWith(prefix)) throw new DocTestSyntax(`line ${lineno + k + 1} of the docstring for ${name} has inconsistent leading whitespace: ${pyRepr(l)}`);
  });
}

function findOptions(source: string, name: string, lineno: number): Map<number, boolean> {
  const options = new Map<number, boolean>();
  for (const m of source.matchAll(DIRECTIVE)) {
    for (const option of m[1].replace(/,/g, ' ').split(/\s+/).filter(Boolean)) {
      const flag = FLAG[option.slice(1)];
      if (!'+-'.includes(option[0]) || flag === undefined) {
        throw new DocTestSyntax(`line ${lineno + 1} of the doctest for ${name} has an invalid option: ${pyRepr(option)}`);
      }
      options.set(flag, option[0] === '+');
    }
  }
  if (options.size && BLANK_OR_COMMENT.test(source)) {
    throw new DocTestSyntax(`line ${lineno} of the doctest for ${name} has an option directive on a line with no example: ${pyRepr(source)}`);
  }
  return options;
}

/** The message part of an expected traceback: from the first line after the header that starts with a word character. */
function exceptionMessage(want: string): string | null {
  const h = EXCEPTION_HEADER.exec(want);
  if (!h) return null;
  const rest = want.slice(h[0].length).split('\n');
  const at = rest.findIndex((l) => /^[\p{L}\p{N}_]/u.test(l));
  return at < 0 ? null : withNewline(rest.slice(at).join('\n'));
}

function withNewline(s: string): string {
  return s && !s.endsWith('\n') ? `${s}\n` : s;
}

function expandTabs(s: string): string {
  return s.split('\n').map((line) => {
    let out = '';
    for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
    return out;
  }).join('\n');
}

/** repr() of a str as CPython writes it (enough for the messages above). */
function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  return q + s.replace(/\\/g, '\\\\').replace(q === "'" ? /'/g : /"/g, `\\${q}`).replace(/\n/g, '\\n').replace(/\t/g, '\\t') + q;
}

/** `_indent`: four spaces before every non-empty line. */
export function indentText(s: string): string {
  return s.replace(/^(?!$)/gm, '    ');
}

/** `OutputChecker._toAscii`: non-ASCII characters as backslash escapes. */
function toAscii(s: string): string {
  return s.replace(/[^\p{ASCII}]/gu, (c) => {
    const cp = c.codePointAt(0) as number;
    return cp < 0x100 ? `\\x${hex(cp, 2)}` : cp < 0x10000 ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
  });
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** `OutputChecker.check_output`: does `got` match `want` under `flags`? */
export function checkOutput(wantIn: string, gotIn: string, flags: number): boolean {
  let want = toAscii(wantIn);
  let got = toAscii(gotIn);
  if (got === want) return true;
  if (!(flags & FLAG.DONT_ACCEPT_TRUE_FOR_1) && ((got === 'True\n' && want === '1\n') || (got === 'False\n' && want === '0\n'))) return true;
  if (!(flags & FLAG.DONT_ACCEPT_BLANKLINE)) {
    want = want.replace(/^<BLANKLINE>\s*?$/gm, '');
    got = got.replace(/^[^\S\n]+$/gm, '');
    if (got === want) return true;
  }
  if (flags & FLAG.NORMALIZE_WHITESPACE) {
    got = pySplit(got).join(' ');
    want = pySplit(want).join(' ');
    if (got === want) return true;
  }
  return (flags & FLAG.ELLIPSIS) !== 0 && ellipsisMatch(want, got);
}

/** What str.split() splits on: \s plus the separators \x1c-\x1f and \x85 Python counts as whitespace. */
const WHITESPACE = new RegExp(`[\\s${String.fromCharCode(0x1c, 0x1d, 0x1e, 0x1f, 0x85)}]+`, 'u');

/** str.split() with no argument. */
function pySplit(s: string): string[] {
  return s.split(WHITESPACE).filter(Boolean);
}

/** `_ellipsis_match`: `...` in `want` stands for any text (the pieces in order, the ends anchored). */
export function ellipsisMatch(want: string, got: string): boolean {
  if (!want.includes('...')) return want === got;
  const pieces = want.split('...');
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  let start = 0;
  let end = got.length;
  if (first) {
    if (!got.startsWith(first)) return false;
    start = first.length;
  }
  if (last) {
    if (!got.endsWith(last)) return false;
    end -= last.length;
  }
  if (start > end) return false;
  for (const piece of pieces.slice(1, -1)) {
    const at = got.indexOf(piece, start);
    if (at < 0 || at + piece.length > end) return false;
    start = at + piece.length;
  }
  return true;
}

/** `OutputChecker.output_difference` without the diff reports: Expected/Got blocks. */
export function outputDifference(want: string, gotIn: string, flags: number): string {
  const got = flags & FLAG.DONT_ACCEPT_BLANKLINE ? gotIn : gotIn.replace(/^ *(?=\n)/gm, '<BLANKLINE>');
  if (want && got) return `Expected:\n${indentText(want)}Got:\n${indentText(got)}`;
  if (want) return `Expected:\n${indentText(want)}Got nothing\n`;
  if (got) return `Expected nothing\nGot:\n${indentText(got)}`;
  return 'Expected nothing\nGot nothing\n';
}

/** `_strip_exception_details`: the exception's bare class name (no module, no message). */
export function stripExceptionDetails(msg: string): string {
  let end = msg.indexOf('\n');
  if (end < 0) end = msg.length;
  const colon = msg.slice(0, end).indexOf(':');
  if (colon >= 0) end = colon;
  const dot = msg.slice(0, end).lastIndexOf('.');
  return msg.slice(dot + 1, end);
}

/** The line of `*****` that starts every failure report. */
export const DIVIDER = '*'.repeat(70);

/** `DocTestRunner._failure_header`. */
export function failureHeader(filename: string | null, testLineno: number | null, name: string, example: DocExample): string {
  const where = filename
    ? `File "${filename}", line ${testLineno === null ? '?' : testLineno + example.lineno + 1}, in ${name}`
    : `Line ${example.lineno + 1}, in ${name}`;
  return `${DIVIDER}\n${where}\nFailed example:\n${indentText(example.source)}`;
}

/** `DocTestRunner.report_start` (verbose runs). */
export function reportStart(example: DocExample): string {
  return `Trying:\n${indentText(example.source)}${example.want ? `Expecting:\n${indentText(example.want)}` : 'Expecting nothing\n'}`;
}
