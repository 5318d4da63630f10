import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTextSignature } from './helpBuiltinRoutine';
import { boundSignature, formatSignature } from './helpSignature';

// Expected texts are pydoc's lines on CPython 3.12.1 (help(class Stack(list)), help(class D(dict))).
test('text signatures render as inspect.signature does', () => {
  const show = (text: string, bound: boolean): string => {
    const sig = parseTextSignature(text);
    return formatSignature(bound ? boundSignature(sig) : sig, null);
  };
  assert.equal(show('($self, value, start=0, stop=sys.maxsize, /)', false), '(self, value, start=0, stop=9223372036854775807, /)');
  assert.equal(show('($self, /, *, key=None, reverse=False)', false), '(self, /, *, key=None, reverse=False)');
  assert.equal(show('($type, iterable, value=None, /)', true), '(iterable, value=None, /)');
  assert.equal(show('($type, *args, **kwargs)', true), '(*args, **kwargs)');
  assert.equal(show("($type, /, bytes, byteorder='big', *, signed=False)", true), "(bytes, byteorder='big', *, signed=False)");
});
