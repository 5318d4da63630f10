/**
 * `str` sizes, mirroring `PyUnicode_New` and `unicode_sizeof`, CPython Objects/unicodeobject.c.
 *
 * Compact strings are one block: the struct (`PyASCIIObject` for ASCII, `PyCompactUnicodeObject`
 * otherwise) followed by `(length + 1) * kind` bytes. A cached UTF-8 copy of a non-ASCII string
 * is a separate `length + 1` buffer that `__sizeof__` counts. Instances of str subclasses are
 * non-compact: a `PyUnicodeObject` plus a separate data buffer, and the subclass's GC/pre-header.
 */
import type { VersionProfile } from '../../profile/versionProfile';
import { plainLayout, type TypeLayout } from './objectHeader';

/** `PyUnicode_1BYTE_KIND` .. `PyUnicode_4BYTE_KIND`: bytes per code point. */
export type UnicodeKind = 1 | 2 | 4;

/** What the layout of one str depends on. */
export interface UnicodeShape {
  /** Length in code points. */
  readonly length: number;
  /** The largest code point (0 for the empty string). */
  readonly maxChar: number;
  /** Bytes of the cached UTF-8 form (without its NUL), when one exists: 0 if none. */
  readonly utf8Length?: number;
}

/** `PyUnicode_Type`: basicsize `sizeof(PyUnicodeObject)`, itemsize 0, not GC. */
export function unicodeTypeLayout(profile: VersionProfile): TypeLayout {
  return plainLayout(profile.unicodeObjectSize);
}

/** The kind `PyUnicode_New(size, maxchar)` picks. */
export function unicodeKind(maxChar: number): UnicodeKind {
  return maxChar < 0x100 ? 1 : maxChar < 0x10000 ? 2 : 4;
}

/** Whether the string is compact ASCII (`maxchar < 128`). */
export function isAscii(maxChar: number): boolean {
  return maxChar < 0x80;
}

/** Bytes `PyUnicode_New(length, maxChar)` requests: struct + (length + 1) * kind, one block. */
export function unicodeNewRequest(profile: VersionProfile, length: number, maxChar: number): number {
  const struct = isAscii(maxChar) ? profile.asciiObjectSize : profile.compactUnicodeObjectSize;
  return struct + (length + 1) * unicodeKind(maxChar);
}

/** Bytes of a UTF-8 cache buffer (`utf8_length + 1`), or 0. */
function utf8CacheSize(shape: UnicodeShape): number {
  return !isAscii(shape.maxChar) && shape.utf8Length ? shape.utf8Length + 1 : 0;
}

/** `str.__sizeof__` (= getsizeof) of a compact string: the block plus any cached UTF-8. */
export function unicodeSizeof(profile: VersionProfile, shape: UnicodeShape): number {
  return unicodeNewRequest(profile, shape.length, shape.maxChar) + utf8CacheSize(shape);
}

/** Bytes of the UTF-8 encoding of a code point. */
export function utf8Width(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** The shape of a JS string taken as Python code points, with or without a cached UTF-8 copy. */
export function unicodeShapeOf(text: string, utf8Cached = false): UnicodeShape {
  let length = 0;
  let maxChar = 0;
  let utf8Length = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    length++;
    maxChar = Math.max(maxChar, cp);
    utf8Length += utf8Width(cp);
  }
  return { length, maxChar, utf8Length: utf8Cached ? utf8Length : 0 };
}

/**
 * Whether the static one-character latin-1 string for this code point carries a UTF-8 copy
 * (3.12+ initialise `_Py_LATIN1_CHR` statics with it); ASCII ones share their data anyway.
 */
export function latin1SingletonHasUtf8(profile: VersionProfile, codePoint: number): boolean {
  return profile.latin1SingletonsCacheUtf8 && codePoint >= 0x80 && codePoint < 0x100;
}

/**
 * `__sizeof__` of a non-compact string (an instance of a str subclass): `sizeof(PyUnicodeObject)`
 * plus its separately allocated data `(length + 1) * kind` and any cached UTF-8.
 */
export function unicodeSubclassSizeof(profile: VersionProfile, shape: UnicodeShape): number {
  return profile.unicodeObjectSize + (shape.length + 1) * unicodeKind(shape.maxChar) + utf8CacheSize(shape);
}

/** Bytes of the data buffer `unicode_subtype_new` allocates for a str subclass instance. */
export function unicodeSubclassDataRequest(shape: UnicodeShape): number {
  return (shape.length + 1) * unicodeKind(shape.maxChar);
}
