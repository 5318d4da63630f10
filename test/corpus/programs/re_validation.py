# Input validation with fullmatch: user names, dates, e-mail-ish addresses, and pattern errors.
import re
import sys

RULES = {
    'username': re.compile(r'[a-z][a-z0-9_]{2,15}'),
    'date': re.compile(r'(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])'),
    'email': re.compile(r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+', re.ASCII),
    'hexcolor': re.compile(r'#(?:[0-9a-f]{3}){1,2}', re.IGNORECASE),
}
inputs = [
    ('username', 'ada_99'), ('username', '9lives'), ('username', 'ab'),
    ('date', '2024-02-29'), ('date', '2024-13-01'), ('date', '2024-02-29T10:00'),
    ('email', 'ada@example.org'), ('email', 'no-at-sign.org'), ('email', 'ünï@example.org'),
    ('hexcolor', '#FFF'), ('hexcolor', '#a1b2c3'), ('hexcolor', '#abcd'),
]
for kind, value in inputs:
    m = RULES[kind].fullmatch(value)
    print(f'{kind:9} {value!r:22} {"ok" if m else "rejected"}', m.groups() if m else '')

for kind, p in RULES.items():
    print(kind, p)
print(RULES['hexcolor'].flags, RULES['email'].flags, RULES['username'].flags)

# match vs search vs fullmatch, and pos/endpos
p = re.compile(r'\d+')
s = 'order 66 shipped'
print(p.match(s), p.search(s), p.fullmatch(s), p.fullmatch(s, 6, 8))
print(re.match(r'(?m)^shipped$', 'order\nshipped'), re.search(r'(?m)^shipped$', 'order\nshipped'))
print(re.search(r'end$', 'the end\n'), re.search(r'end\Z', 'the end\n'))
print(re.findall(r'(?<=-)\w+', 'a-bc-def'), re.findall(r'\w+(?=,)', 'x, yz, w'))

bad_patterns = ['*start', '(unclosed', 'a{5,2}', '[z-a]', r'(?P<n>x)(?P<n>y)', r'\k', '(?<=a*)b']
for pat in bad_patterns:
    try:
        re.compile(pat)
    except re.error as e:
        print(f'{pat!r:22} -> {e}')
print(sys.getsizeof(re.match(r'(\d{4})-(\d\d)-(\d\d)', '2024-01-31')))
