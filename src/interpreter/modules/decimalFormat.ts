/**
 * `format(Decimal, spec)` (libmpdec's `mpd_qformat_spec`): `[[fill]align][sign][z][#][0][width][,_][.prec][type]`
 * with types `e E f F g G %` and none. Rounding to the spec's precision uses the context's
 * rounding. Without a type the value keeps the to-scientific-string form (capital `E` as the
 * context's `capitals`), rounded to `prec` significant digits when one is given.
 */
import type { Interp } from '../runtime/interp';
import type { CtxState } from './decimalContext';
import * as N from './decimalNumber';
import type { Dec } from './decimalNumber';

const SPEC = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgG%n])?$/s;

/** The value rounded to `n` significant digits (n ≥ 1). */
function significant(d: Dec, n: number, s: CtxState): Dec {
  const len = N.digits(d.coeff);
  if (len <= n) return d;
  const ctx: N.Ctx = { prec: n, rounding: s.rounding, emin: -999999999, emax: 999999999, clamp: 0, status: 0 };
  return N.finish(d, ctx);
}

/** The value at exponent `e` (rounded when it has more fraction digits). */
function atExponent(d: Dec, e: number, s: CtxState): Dec {
  if (d.exp >= e) return N.fin(d.sign, d.coeff * N.p10(d.exp - e), e);
  const ctx: N.Ctx = { prec: 999999999, rounding: s.rounding, emin: -999999999, emax: 999999999, clamp: 0, status: 0 };
  return N.quantize(d, N.fin(0, 1n, e), ctx, s.rounding);
}

/** Digits of |d| in plain notation. */
function plain(d: Dec): string {
  const c = d.coeff.toString();
  if (d.exp >= 0) return c + '0'.repeat(d.coeff === 0n ? 0 : d.exp);
  const point = c.length + d.exp;
  return point > 0 ? `${c.slice(0, point)}.${c.slice(point)}` : `0.${'0'.repeat(-point)}${c}`;
}

/** Digits of |d| in exponent notation with marker `e`. */
function scientific(d: Dec, e: string): string {
  const c = d.coeff.toString();
  const adjusted = d.exp + c.length - 1;
  return `${c[0]}${c.length > 1 ? '.' + c.slice(1) : ''}${e}${adjusted >= 0 ? '+' : ''}${adjusted}`;
}

function group(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** `Decimal.__format__`. */
export function formatDecimal(interp: Interp, d: Dec, spec: string, s: CtxState): string {
  const m = SPEC.exec(spec);
  if (!m) return interp.raise('ValueError', 'invalid format string');
  const [, fillChar, align, signOpt, , alt, zero, widthText, sep, precText, type] = m;
  const prec = precText === undefined ? null : Number(precText);
  let body: string;
  let v = { ...d, sign: 0 as 0 | 1 };
  const upper = type === 'E' || type === 'F' || type === 'G';
  if (d.special === 'inf') body = 'Infinity';
  else if (d.special !== 'F') body = d.special === 'snan' ? 'sNaN' : 'NaN';
  else {
    switch (type) {
      case 'f': case 'F': case '%':
        if (type === '%') v = { ...v, exp: v.exp + 2 };
        if (prec !== null) v = atExponent(v, -prec, s);
        body = plain(v);
        break;
      case 'e': case 'E':
        if (prec !== null) v = significant(v, prec + 1, s);
        if (prec !== null && N.digits(v.coeff) < prec + 1) v = N.fin(0, v.coeff * N.p10(prec + 1 - N.digits(v.coeff)), v.exp - (prec + 1 - N.digits(v.coeff)));
        body = scientific(v, upper ? 'E' : 'e');
        break;
      default:
        if (prec !== null) v = significant(v, Math.max(prec, 1), s);
        body = N.toSci(v, type === undefined ? s.capitals === 1 : upper);
    }
    if (alt && !body.includes('.') && !/[eE]/.test(body)) body += '.';
  }
  if (type === '%') body += '%';
  if (sep) {
    const [int, ...rest] = body.split(/(?=[.eE%])/);
    body = (/^\d+$/.test(int) ? group(int, sep) : int) + rest.join('');
  }
  const sign = d.sign ? '-' : signOpt === '+' ? '+' : signOpt === ' ' ? ' ' : '';
  const width = widthText === undefined ? 0 : Number(widthText);
  const fill = fillChar ?? (zero && !align ? '0' : ' ');
  const how = align ?? (zero ? '=' : '>');
  const pad = Math.max(0, width - sign.length - body.length);
  switch (how) {
    case '<': return sign + body + fill.repeat(pad);
    case '^': return fill.repeat(Math.floor(pad / 2)) + sign + body + fill.repeat(pad - Math.floor(pad / 2));
    case '=': return sign + fill.repeat(pad) + body;
    default: return fill.repeat(pad) + sign + body;
  }
}
