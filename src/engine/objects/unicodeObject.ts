/**
 * `str` (Objects/unicodeobject.c, PEP 393): a compact object whose character data follows the
 * header in the same block, 1, 2 or 4 bytes a character by the widest character (`kind`), plus a
 * terminating NUL. ASCII strings use the shorter `PyASCIIObject` header. The empty string and the
 * 256 one-character latin-1 strings are static singletons; `sys.intern` and the compiler's
 * identifiers go through the interned dict.
 */
import type { Runtime } from '../runtime';
import { PyObject } from './object';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** PEP 393's `kind`: bytes per character. */
export type UnicodeKind = 1 | 2 | 4;

/** `SSTATE_*`: how a string is interned. */
export type InternState = 'not-interned' | 'mortal' | 'immortal' | 'immortal-static';

const internStates: readonly InternState[] = ['not-interned', 'mortal', 'immortal', 'immortal-static'];

/**
 * A compact `str`. The PEP 393 `state` bits (kind, ascii, interned) share one number, as in
 * CPython's `state` bit-field, and the code-point length is stored only when it differs from the
 * JS string's (astral characters): a str costs the JS heap little more than its characters.
 */
export class PyUnicodeObject extends PyObject {
  /** Bytes of the cached UTF-8 form (`utf8_length` + 1), 0 when not cached. */
  utf8Cached = 0;
  /** kind (bits 0-2), ascii (bit 3), interned state (bits 4-5). */
  private state: number;
  /** `len(s)` when it differs from `value.length` (astral characters), else -1. */
  private readonly astralLength: number;

  constructor(
    type: PyTypeObject, address: number,
    /** The characters, as a JS (UTF-16) string. */
    public readonly value: string,
    length: number,
    kind: UnicodeKind,
    ascii: boolean,
  ) {
    super(type, address);
    this.state = kind | (ascii ? 8 : 0);
    this.astralLength = length === value.length ? -1 : length;
  }

  /** `len(s)`: code points. */
  get length(): number {
    return this.astralLength < 0 ? this.value.length : this.astralLength;
  }

  /** Bytes a character. */
  get kind(): UnicodeKind {
    return (this.state & 7) as UnicodeKind;
  }

  /** Every character < 128. */
  get ascii(): boolean {
    return (this.state & 8) !== 0;
  }

  /** `SSTATE_*`. */
  get interned(): InternState {
    return internStates[this.state >> 4];
  }

  set interned(v: InternState) {
    this.state = (this.state & 15) | (internStates.indexOf(v) << 4);
  }
}

/** Code-point length, kind and ASCII-ness of a JS string (`PyUnicode_New`'s `maxchar` scan). */
export function measureString(s: string): { length: number; kind: UnicodeKind; ascii: boolean } {
  let max = 0;
  let pairs = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++;
        i++;
        max = 0x10000;
        continue;
      }
    }
    if (c > max) max = c;
  }
  const kind: UnicodeKind = max >= 0x10000 ? 4 : max >= 256 ? 2 : 1;
  return { length: s.length - pairs, kind, ascii: max < 128 };
}

/** `str.__sizeof__` of a compact string: header, (length + 1) characters, and any cached UTF-8. */
export function unicodeSizeof(rt: Runtime, o: PyUnicodeObject): number {
  const p = rt.heap.profile;
  if (o.ascii) return p.asciiObjectSize + o.length + 1;
  return p.compactUnicodeObjectSize + (o.length + 1) * o.kind + o.utf8Cached;
}

/** The str type. */
export function makeUnicodeType(rt: Runtime): PyTypeObject {
  return rt.staticType({
    name: 'str', basicsize: rt.heap.profile.asciiObjectSize, itemsize: 0, flags: TPFLAGS.BASETYPE,
    // unicode_dealloc: a mortal interned string leaves the interned dict first.
    dealloc: (heap, o) => {
      const u = o as PyUnicodeObject;
      if (u.interned === 'mortal') rt.interned.delete(u.value);
      heap.freeObject(o);
    },
    sizeof: (o) => unicodeSizeof(rt, o as PyUnicodeObject),
  });
}

/**
 * `PyUnicode_New` + copy: the empty string and one-character latin-1 strings are the static
 * singletons (a new reference); anything else a new block of `sizeof` bytes.
 */
export function newStr(rt: Runtime, value: string): PyUnicodeObject {
  if (value.length === 0) {
    rt.heap.incref(rt.emptyStr);
    return rt.emptyStr;
  }
  if (value.length === 1 && value.charCodeAt(0) < 256) {
    const c = rt.latin1[value.charCodeAt(0)];
    rt.heap.incref(c);
    return c;
  }
  return newStrBlock(rt, value);
}

/** `PyUnicode_New` + copy without the singletons: always a new block (what `str(5)` gets). */
export function newStrBlock(rt: Runtime, value: string): PyUnicodeObject {
  const m = measureString(value);
  const p = rt.heap.profile;
  const size = m.ascii ? p.asciiObjectSize + m.length + 1 : p.compactUnicodeObjectSize + (m.length + 1) * m.kind;
  return rt.heap.born(new PyUnicodeObject(rt.types.str, rt.heap.objectBlock(size, 'str'), value, m.length, m.kind, m.ascii));
}

/**
 * `PyUnicode_InternInPlace`: returns the canonical string for `s`'s value, consuming the caller's
 * reference to `s` and returning a new reference. 3.12 makes interned strings immortal; 3.11 and
 * 3.13 keep them mortal (3.11's interned dict does not count its references).
 */
export function intern(rt: Runtime, s: PyUnicodeObject): PyUnicodeObject {
  if (s.type !== rt.types.str) return s;
  const existing = rt.interned.get(s.value);
  if (existing) {
    if (existing !== s) {
      rt.heap.incref(existing);
      rt.heap.decref(s);
    }
    return existing;
  }
  if (s.refcnt === 4294967295 || s.interned !== 'not-interned') return s;
  rt.interned.set(s.value, s);
  if (rt.heap.profile.internImmortalizes) {
    s.interned = 'immortal';
    rt.heap.immortalize(s);
  } else {
    s.interned = 'mortal';
  }
  return s;
}
