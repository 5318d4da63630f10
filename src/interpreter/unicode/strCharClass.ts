// The character classes of str.isalpha(), isdecimal(), isdigit(), isnumeric(), isalnum() and
// isspace() (Objects/unicodectype.c), from each version's own Unicode tables (unicodeProps.ts)
// rather than the host's `\p{...}`, whose Unicode version is the host's ICU's.
import type { CPythonVersion } from '../../protocol/heapModel';
import { unicodeProps } from './unicodeProps';

/** The str predicates served here. */
export type StrCharClass = 'alpha' | 'decimal' | 'digit' | 'numeric' | 'alnum' | 'space';

const LETTERS = new Set(['Lm', 'Lt', 'Lu', 'Ll', 'Lo']);
const SPACE_BIDI = new Set(['WS', 'B', 'S']);

/** ASCII answers without decoding any table: [\t-\r], \x1c-\x1f and ' ' are whitespace. */
function asciiClass(kind: StrCharClass, cp: number): boolean {
  const digit = cp >= 0x30 && cp <= 0x39;
  const alpha = (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  switch (kind) {
    case 'alpha': return alpha;
    case 'decimal': case 'digit': case 'numeric': return digit;
    case 'alnum': return alpha || digit;
    case 'space': return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20);
  }
}

/** Whether code point `cp` is in the class, as `version`'s str methods decide. */
export function inStrCharClass(version: CPythonVersion, kind: StrCharClass, cp: number): boolean {
  if (cp < 0x80) return asciiClass(kind, cp);
  const props = unicodeProps(version);
  const numeric = props.numeric(cp);
  switch (kind) {
    case 'alpha': return LETTERS.has(props.get('category', cp));
    case 'decimal': return numeric?.kind === 'D';
    case 'digit': return numeric !== undefined && numeric.kind !== 'N';
    case 'numeric': return numeric !== undefined;
    case 'alnum': return numeric !== undefined || LETTERS.has(props.get('category', cp));
    case 'space': return SPACE_BIDI.has(props.get('bidirectional', cp)) || props.get('category', cp) === 'Zs';
  }
}
