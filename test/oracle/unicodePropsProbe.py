"""Writes test/oracle/unicodeProps.probe.<version>.json: what each interpreter's unicodedata answers for
every code point (category, bidirectional, combining, mirrored, east_asian_width, decomposition,
decimal/digit/numeric), which chars str.isalpha()...isspace() accept, which single chars normalize() gives back unchanged (the quick check) and the
four normal forms of the chars that decompose or combine and of 3000 pseudo-random strings over them
(Park-Miller generator, seed 1; src/interpreter/unicode/unicodeProps.test.ts builds the same
strings). Each table is stored as its sha256 (over the values joined by newlines) and its length.
Regenerate with
  python3 test/oracle/unicodePropsProbe.py
"""
import json, os, subprocess

VERSIONS = ['3.11.7', '3.12.1', '3.13.0']
HERE = os.path.dirname(os.path.abspath(__file__))

PROBE = r'''
import hashlib, json, unicodedata as u
N = 0x110000
FORMS = ['NFC', 'NFKC', 'NFD', 'NFKD']
def digest(values):
    values = list(values)
    return {'sha256': hashlib.sha256('\n'.join(values).encode('utf-8', 'surrogatepass')).hexdigest(), 'count': len(values)}
def num(c):
    n = u.numeric(c, None)
    return '%s,%s,%s' % (u.decimal(c, None), u.digit(c, None), 'None' if n is None else repr(n))
out = {'unidata_version': u.unidata_version, 'props': {}, 'unchanged': {}, 'singles': {}, 'strings': {}}
for name in ['category', 'bidirectional', 'combining', 'mirrored', 'east_asian_width', 'decomposition']:
    f = getattr(u, name)
    out['props'][name] = digest(str(f(chr(cp))) for cp in range(N))
out['props']['numeric'] = digest(num(chr(cp)) for cp in range(N))
def changed(form):
    for cp in range(0x100, N):
        c = chr(cp)
        if u.normalize(form, c) is not c:
            yield '%X' % cp
pool = [cp for cp in range(N) if u.decomposition(chr(cp)) or u.combining(chr(cp)) or 0xAC00 <= cp < 0xAC00 + 11172 or 0x1100 <= cp < 0x1200]
x = 1
def rand():
    global x
    x = x * 48271 % 2147483647
    return x
strings = []
for _ in range(3000):
    n = 1 + rand() % 6
    s = ''
    for _ in range(n):
        k = rand() % (len(pool) + 26)
        s += chr(pool[k]) if k < len(pool) else chr(0x61 + k - len(pool))
    strings.append(s)
out['str'] = {}
for m in ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'isspace']:
    out['str'][m] = digest('%X' % cp for cp in range(N) if getattr(chr(cp), m)())
for form in FORMS:
    out['unchanged'][form] = digest(changed(form))
    out['singles'][form] = digest(u.normalize(form, chr(cp)) for cp in pool)
    out['strings'][form] = digest(u.normalize(form, s) + ' ' + str(u.is_normalized(form, s)) for s in strings)
print(json.dumps(out, indent=1))
'''

for full in VERSIONS:
    env = dict(os.environ, PYENV_VERSION=full)
    text = subprocess.run(['pyenv', 'exec', 'python3', '-c', PROBE], env=env, capture_output=True, text=True, check=True).stdout
    with open(os.path.join(HERE, 'unicodeProps.probe.%s.json' % full), 'w') as f:
        f.write(text)
