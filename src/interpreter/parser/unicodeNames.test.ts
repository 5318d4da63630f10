import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CPythonVersion } from '../../protocol/heapModel';
import { decodeStrBody, StrEscapeError } from './strEscapes';
import { lookupUnicodeName, unicodeName } from './unicodeNames';

// Expected values: unicodedata.name() of 3.11.7, 3.12.1, 3.13.0 (test/oracle/unicodeNamesSample.py)
// and the SyntaxError messages those versions print for bad `\N{...}` escapes.
const SAMPLES: [CPythonVersion, string][] = [['3.11', '3.11.7'], ['3.12', '3.12.1'], ['3.13', '3.13.0']];

test('name() and lookup() agree with each version on a sample of code points', () => {
  for (const [version, full] of SAMPLES) {
    const sample = JSON.parse(readFileSync(`test/oracle/unicodeNames.sample.${full}.json`, 'utf8')) as { names: Record<string, string | null> };
    for (const [cp, name] of Object.entries(sample.names)) {
      assert.equal(unicodeName(Number(cp), version), name, `${version} U+${Number(cp).toString(16)}`);
      if (name !== null) assert.equal(lookupUnicodeName(name.toLowerCase(), version), Number(cp), `${version} ${name}`);
    }
  }
});

test('str escapes: \\N{...} and octal escapes up to \\777', () => {
  assert.equal(decodeStrBody('\\N{BULLET} \\N{em dash}\\400\\101\\\\N{x}', '3.12'), '\u2022 \u2014\u0100A\\N{x}');
  assert.equal(decodeStrBody('\\N{HANGUL SYLLABLE GAG}\\N{CJK UNIFIED IDEOGRAPH-4E00}', '3.11'), '\uac01\u4e00');
  const error = (body: string): string => {
    try {
      decodeStrBody(body, '3.13');
    } catch (e) {
      if (e instanceof StrEscapeError) return e.message;
    }
    return 'no error';
  };
  const prefix = "(unicode error) 'unicodeescape' codec can't decode bytes in position";
  assert.equal(error('ab\\N{BULLETX}c'), `${prefix} 2-12: unknown Unicode character name`);
  assert.equal(error('\\Nabc'), `${prefix} 0-1: malformed \\N character escape`);
  assert.equal(error('\\N{}'), `${prefix} 0-2: malformed \\N character escape`);
  assert.equal(error('\\N{bullet'), `${prefix} 0-8: malformed \\N character escape`);
  assert.equal(error('\u00e9\\N{NOPE}'), `${prefix} 10-17: unknown Unicode character name`);
});

test('formal name aliases: \\N{...} and lookup() accept them, name() never returns them', () => {
  // Expected values: unicodedata.lookup() of 3.11.7, 3.12.1 and 3.13.0 (test/oracle/unicodeAliases.py).
  for (const [version] of SAMPLES) {
    assert.equal(lookupUnicodeName('nbsp', version), 0xa0);
    assert.equal(lookupUnicodeName('End of Line', version), 0x0a);
    assert.equal(lookupUnicodeName('BYTE ORDER MARK', version), 0xfeff);
    assert.equal(lookupUnicodeName('VS16', version), 0xfe0f);
    assert.equal(lookupUnicodeName('vs17', version), 0xe0100);
    assert.equal(lookupUnicodeName('VS257', version), null);
    assert.equal(lookupUnicodeName('LATIN CAPITAL LETTER GHA', version), 0x1a2);
    assert.equal(unicodeName(0x1a2, version), 'LATIN CAPITAL LETTER OI');
  }
});
