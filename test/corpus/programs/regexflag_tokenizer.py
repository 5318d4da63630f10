# A tokenizer whose patterns are compiled with re flags: the flags are re.RegexFlag members
# (an IntFlag), so they combine, print by name and still work as plain ints.
import re

TOKEN = re.compile(r'''
    (?P<number> \d+(?:\.\d+)? )
  | (?P<name>   [a-z_]\w*     )
  | (?P<op>     [-+*/=()]     )
  | (?P<space>  \s+           )
''', re.VERBOSE | re.IGNORECASE)

KEYWORDS = re.compile(r'^(let|print)$', re.I)


def tokenize(text):
    out = []
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == 'space':
            continue
        if kind == 'name' and KEYWORDS.match(m.group()):
            kind = 'keyword'
        out.append((kind, m.group()))
    return out


for line in ['LET rate = 2.5', 'print rate * (Count + 10)', 'Let x_1 = x_1 / 4']:
    print(tokenize(line))

flags = re.VERBOSE | re.IGNORECASE
print(flags, repr(flags), int(flags), flags & re.I, bool(flags & re.M))
print(TOKEN.flags, KEYWORDS.flags, re.compile('a').flags, re.compile('(?m)^a').flags)
print(TOKEN.flags & re.VERBOSE == re.VERBOSE, re.I in flags, re.M in flags, list(flags))
print(re.findall('ab', 'AB ab Ab', flags=re.I), re.sub('x', '-', 'XxX', flags=re.IGNORECASE), re.split(r'\s*,\s*', 'a , B,c', flags=re.I))
print(re.search('^b', 'a\nB', re.M | re.I), re.fullmatch('a.b', 'A\nB', re.S | re.I) is not None)
print(re.I, re.M, re.S, re.X, re.A, re.NOFLAG, re.I | re.S | re.M)
print(type(re.I).__name__, re.RegexFlag.IGNORECASE is re.I, re.I.name, re.I.value, f'{re.M}', format(re.DOTALL))
print(repr(re.compile('x', re.I | re.M)), repr(re.compile('x', re.A)), re.compile('x', re.I) == re.compile('x', 2))
