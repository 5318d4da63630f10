# A small expression tokenizer with finditer and a master pattern of named alternatives.
import re
import sys

TOKENS = [
    ('NUMBER', r'\d+(?:\.\d*)?'),
    ('NAME', r'[A-Za-z_]\w*'),
    ('OP', r'\*\*|[-+*/%()=<>]'),
    ('SKIP', r'[ \t]+'),
    ('NEWLINE', r'\n'),
    ('MISMATCH', r'.'),
]
MASTER = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKENS))
print(MASTER.groups, list(MASTER.groupindex))


def tokenize(code):
    line = 1
    line_start = 0
    for mo in MASTER.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'NEWLINE':
            line_start = mo.end()
            line += 1
            continue
        elif kind == 'SKIP':
            continue
        elif kind == 'MISMATCH':
            raise RuntimeError(f'{value!r} unexpected on line {line}')
        yield kind, value, line, column


src = 'x = 3.5 ** 2\ny = (x + 41) % 7\ntotal = x*y - 1.'
toks = list(tokenize(src))
for t in toks:
    print(t)
print(len(toks), sum(1 for t in toks if t[0] == 'OP'))

try:
    list(tokenize('a = 1 $ 2'))
except RuntimeError as e:
    print('error:', e)

it = MASTER.finditer('ab 12')
first = next(it)
print(first, sys.getsizeof(first))
print([m.group() for m in it])
print(re.findall(r'\d+|\w+', 'abc 123 de4'), re.split(r'\s*([+*])\s*', '1 + 2*3'))
print(re.findall(r'\b\w', 'hello big world'), re.sub(r'\s+', ' ', '  a \t b\n\nc  '))
