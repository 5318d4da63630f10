"""Writes src/interpreter/parser/unicodeNamesData.ts: the Unicode character names of each version's
unicodedata (3.11: Unicode 14.0, 3.12: 15.0, 3.13: 15.1), for "\\N{...}" escapes and
unicodedata.name()/lookup(). Regenerate with
  python3 test/oracle/unicodeNames.py
(it asks each interpreter, PYENV_VERSION=3.11.7 / 3.12.1 / 3.13.0, for its own table).

Encoding (facts only, measured here; the decoder is src/interpreter/parser/unicodeNames.ts):
  - names Unicode derives from the code point ("CJK UNIFIED IDEOGRAPH-4E00", "TANGUT
    IDEOGRAPH-17000", ...) are left out; each version's ranges of them are listed instead;
  - "HANGUL SYLLABLE GAG" is composed from the short jamo names L, V, T (read back from
    unicodedata here) as Unicode's algorithm does;
  - every other name of 3.11, in code point order, front-coded: one entry per name, '|'-separated:
    an optional '~' + base-36 gap + '~' when the code point is not the previous one + 1, one char
    (U+0020 + length) for the prefix shared with the previous name, then the rest of the name in
    which the most frequent words are short ASCII codes (see wordCode: the bundles escape
    non-ASCII, so the table stays ASCII);
  - 3.12 and 3.13 only add names (Unicode's name stability): their extra names are listed per version.
"""
import collections, json, os, re, subprocess, sys

VERSIONS = {'3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0'}
DERIVED = ['CJK UNIFIED IDEOGRAPH-', 'CJK COMPATIBILITY IDEOGRAPH-', 'TANGUT IDEOGRAPH-',
           'KHITAN SMALL SCRIPT CHARACTER-', 'NUSHU CHARACTER-']
HANGUL_FIRST, HANGUL_COUNT = 0xAC00, 11172
# The word codes: one punctuation char for the most frequent words, then a-z pairs.
SINGLE = "!#$%&'()*+,./:;<=>?@[]^_`{}"
LOWER = 'abcdefghijklmnopqrstuvwxyz'
WORD_COUNT = len(SINGLE) + len(LOWER) ** 2


def word_code(i):
    if i < len(SINGLE):
        return SINGLE[i]
    i -= len(SINGLE)
    return LOWER[i // len(LOWER)] + LOWER[i % len(LOWER)]

DUMP = r'''
import json, unicodedata
DERIVED = %r
names, ranges = {}, {p: [] for p in DERIVED}
for cp in range(0x110000):
    if 0xAC00 <= cp < 0xAC00 + 11172:
        continue
    n = unicodedata.name(chr(cp), None)
    if n is None:
        continue
    p = next((p for p in DERIVED if n == p + '%%X' %% cp), None)
    if p is None:
        names[cp] = n
        continue
    r = ranges[p]
    if r and r[-1][1] == cp - 1:
        r[-1][1] = cp
    else:
        r.append([cp, cp])
hangul = [unicodedata.name(chr(0xAC00 + i)) for i in range(11172)]
print(json.dumps({'names': names, 'ranges': ranges, 'hangul': hangul, 'unidata': unicodedata.unidata_version}))
''' % (DERIVED,)


def table(version):
    env = dict(os.environ, PYENV_VERSION=VERSIONS[version])
    out = subprocess.run(['pyenv', 'exec', 'python3', '-c', DUMP], env=env, capture_output=True, text=True, check=True).stdout
    data = json.loads(out)
    data['names'] = {int(k): v for k, v in data['names'].items()}
    return data


def base36(n):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    out = ''
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


def jamo(hangul):
    """The short jamo names, read back from the syllables' names (L = initial, V = vowel, T = final)."""
    strip = len('HANGUL SYLLABLE ')
    t = [hangul[i][strip:][len('GA'):] for i in range(28)]  # GA + T
    v = [hangul[i * 28][strip:][len('G'):] for i in range(21)]  # G + V
    l = [hangul[i * 588][strip:][:-len('A')] for i in range(19)]  # L + A
    for i, n in enumerate(hangul):
        assert n[strip:] == l[i // 588] + v[(i % 588) // 28] + t[i % 28], n
    return l, v, t


def main():
    tables = {v: table(v) for v in VERSIONS}
    base = tables['3.11']['names']
    for v in VERSIONS:
        assert all(tables[v]['names'].get(cp) == n for cp, n in base.items()), v
        assert jamo(tables[v]['hangul']) == jamo(tables['3.11']['hangul'])
    l, v, t = jamo(tables['3.11']['hangul'])
    entries, prev, last = [], '', -1
    for cp in sorted(base):
        n = base[cp]
        k = 0
        while k < min(len(n), len(prev)) and n[k] == prev[k]:
            k += 1
        entries.append((cp - last, k, n[k:]))
        prev, last = n, cp
    counts = collections.Counter(w for _, _, s in entries for w in re.findall(r'[A-Z0-9]+', s))
    words = [w for w, _ in sorted(counts.items(), key=lambda kv: (-(len(kv[0]) - 1.5) * kv[1], kv[0]))[:WORD_COUNT]]
    index = {w: i for i, w in enumerate(words)}
    encoded = []
    for gap, k, rest in entries:
        text = ''.join(word_code(index[p]) if p in index else p for p in re.split(r'([A-Z0-9]+)', rest))
        encoded.append(('' if gap == 1 else '~' + base36(gap) + '~') + chr(0x20 + k) + text)
    extra = {}
    for ver in ('3.12', '3.13'):
        names = tables[ver]['names']
        extra[ver] = ','.join(base36(cp) + ':' + names[cp] for cp in sorted(names) if cp not in base)
    ranges = {ver: {p: ','.join(base36(a) + '-' + base36(b) for a, b in tables[ver]['ranges'][p]) for p in DERIVED} for ver in VERSIONS}
    out = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'interpreter', 'parser', 'unicodeNamesData.ts')
    with open(out, 'w', encoding='utf-8') as f:
        f.write('// Generated by test/oracle/unicodeNames.py from each version\'s unicodedata: do not edit.\n')
        f.write('// The encoding is described there; unicodeNames.ts decodes it.\n')
        f.write("import type { CPythonVersion } from '../../protocol/heapModel';\n\n")
        f.write('/** The frequent words of the names, in code order (see unicodeNames.ts). */\n')
        f.write('export const WORDS = %s;\n\n' % json.dumps(' '.join(words)))
        f.write('/** The short jamo names of HANGUL SYLLABLE names: initial, vowel, final. */\n')
        f.write('export const JAMO = %s;\n\n' % json.dumps({'L': l, 'V': v, 'T': t}))
        f.write('/** Each version\'s ranges (base 36, first-last) of names derived from the code point, by prefix. */\n')
        f.write('export const DERIVED_RANGES: Record<CPythonVersion, Record<string, string>> = %s;\n\n' % json.dumps(ranges, indent=2))
        f.write('/** Names 3.12 and 3.13 add to 3.11\'s (base-36 code point:name). */\n')
        f.write('export const ADDED: Record<\'3.12\' | \'3.13\', string> = %s;\n\n' % json.dumps(extra, indent=2))
        f.write('/** Every other name of 3.11, front-coded (%d names). */\n' % len(entries))
        f.write('export const NAMES = %s;\n' % json.dumps('|'.join(encoded)))
    print('wrote', os.path.normpath(out), len(entries), 'names,', os.path.getsize(out), 'bytes')


main()
