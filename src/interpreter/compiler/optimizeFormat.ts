// 3.12+ `'%s: %r' % (a, b)` → f-string, mirroring optimize_format / parse_literal /
// simple_format_arg_parse / parse_format in Python/ast_opt.c: only %s, %r and %a with an
// optional width/precision (at most 2 digits each) and the '-' flag; anything else is left to
// str.__mod__ at run time.
import type { Constant, Expr, FormattedValue, JoinedStr, Located } from '../parser/astExpr';

const MAXDIGITS = 3;

/** The JoinedStr that `fmt % (elts...)` folds into, or null when CPython leaves it alone. */
export function optimizeFormat(at: Located, fmt: string, elts: Expr[]): JoinedStr | null {
  const values: (Constant | FormattedValue)[] = [];
  const pos = { i: 0 };
  let count = 0;
  for (;;) {
    const lit = parseLiteral(fmt, pos);
    if (lit !== null) values.push(constant(at, lit));
    if (pos.i >= fmt.length) break;
    if (count >= elts.length) return null;
    const fv = parseFormat(at, fmt, pos, elts[count]);
    count++;
    if (!fv) return null;
    values.push(fv);
  }
  if (count < elts.length) return null;
  return { _type: 'JoinedStr', values, ...position(at) };
}

function position(at: Located): Located {
  return { lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.end_lineno, end_col_offset: at.end_col_offset };
}

function constant(at: Located, value: string): Constant {
  return { _type: 'Constant', value, kind: null, ...position(at) };
}

/** Text up to the next lone '%', with '%%' unescaped. */
function parseLiteral(fmt: string, pos: { i: number }): string | null {
  const start = pos.i;
  let p = start;
  while (p < fmt.length) {
    if (fmt[p] !== '%') p++;
    else if (p + 1 < fmt.length && fmt[p + 1] === '%') p += 2;
    else break;
  }
  pos.i = p;
  return p === start ? null : fmt.slice(start, p).replace(/%%/g, '%');
}

function parseFormat(at: Located, fmt: string, pos: { i: number }, arg: Expr): FormattedValue | null {
  let p = pos.i + 1; // past '%'
  let ch = '';
  const next = (): boolean => {
    if (p >= fmt.length) return false;
    ch = fmt[p++];
    return true;
  };
  let leftJustify = false;
  for (;;) {
    if (!next()) return null;
    if ('-+ #0'.includes(ch)) {
      if (ch === '-') leftJustify = true;
      else return null;
      continue;
    }
    break;
  }
  let width = -1;
  let prec = -1;
  const digits = (): number | null => {
    let v = 0;
    let n = 0;
    while (ch >= '0' && ch <= '9') {
      v = v * 10 + Number(ch);
      if (!next() || ++n >= MAXDIGITS) return null;
    }
    return v;
  };
  if (ch >= '0' && ch <= '9') {
    const w = digits();
    if (w === null) return null;
    width = w;
  }
  if (ch === '.') {
    if (!next()) return null;
    prec = 0;
    if (ch >= '0' && ch <= '9') {
      const v = digits();
      if (v === null) return null;
      prec = v;
    }
  }
  if (ch !== 's' && ch !== 'r' && ch !== 'a') return null;
  pos.i = p;
  let spec = '';
  if (!leftJustify && width > 0) spec += '>';
  if (width >= 0) spec += String(width);
  if (prec >= 0) spec += '.' + prec;
  const format_spec: JoinedStr | null = spec ? { _type: 'JoinedStr', values: [constant(at, spec)], ...position(at) } : null;
  return { _type: 'FormattedValue', value: arg, conversion: ch.charCodeAt(0), format_spec, ...position(arg) };
}
