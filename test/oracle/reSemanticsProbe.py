# Re-runnable probe of re semantics the simulation mirrors: run it under each CPython and under
# `node out/cli.js run` and diff the outputs.
import re
cases = [
    (r'a*', 'baaa'), (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'^\w+$', 'héllo'), (r'\bfoo\b', 'a foo b'),
    (r'\B', ''), (r'$', 'a\n'), (r'(?m)^b', 'a\nb'), (r'(?s)a.b', 'a\nb'), (r'a.b', 'a\nb'),
    (r'(a*)*b', 'aaab'), (r'(a*)+', 'b'), (r'(?:(a)|b)*', 'ab'), (r'(\w+)\s\1', 'hello hello'),
    (r'(?i)straße', 'STRASSE'), (r'(?i)[a-z]+', 'ABC'), (r'[^\W\d]+', 'ab12cd'), (r'\s+', 'a \t\nb'),
    (r'x{2,}?', 'xxxx'), (r'x{,2}', 'xxx'), (r'a{2}', 'aaa'), (r'a{', 'a{'), (r'(?P<x>a)(?P=x)', 'aa'),
    (r'(?<!a)b', 'ab cb'), (r'(?=(\w+))\w', 'abc'), (r'(a)|b', 'b'), (r'[\d\-z]+', '1-z'),
    (r'(?x) a b # comment', 'ab'), (r'\x41\u00e9\101', 'Aé A'), (r'[]a]+', ']a]'), (r'(?i:a)b', 'Ab AB'),
]
for pat, s in cases:
    m = re.search(pat, s)
    print(repr(pat), m and (m.span(), m.groups(), m.lastindex), re.findall(pat, s))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'), re.sub('', '-', 'abc'), re.split('x*', 'axbc'))
print(re.sub(r'a', r'\n', 'bab') == 'b\nb', re.split(r'(a)|b', 'xaybz'), re.findall('', 'ab'))
for bad in [r'\1', r'\g<2>', r'\g<x>', r'\q', r'\g', r'\g<']:
    try:
        re.sub('(a)', bad, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
m = re.search(r'(\d+)-(\d+)?', 'x 12- y')
print(m.groups(), m.groups('?'), m.group(0, 1, 2), m.start(2), m.end(1), m.pos, m.endpos, m.expand(r'[\1]'), m.regs)
p = re.compile(r'\d')
print(p.search('a1b2', 2), p.match('a1', 1), p.findall('1234', 1, 3), p.search('12', 3), p.fullmatch('a1b', 1, 2))
try:
    m['nope']
except IndexError as e:
    print('IndexError', e)
print(re.compile('(?i)a'), re.compile('a', re.M | re.S | re.X), re.compile('a', re.A), re.compile(r'(?a)\w').flags)
print([len(x) for x in re.findall(r'\s+', 'a \u3000b\xa0\u2003c')], re.findall(r'(?a)\s+', 'a\xa0b'))
