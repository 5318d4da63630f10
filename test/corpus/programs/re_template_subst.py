# Template substitution: ${name} placeholders filled by a callable repl, plus backreference templates.
import re

PLACEHOLDER = re.compile(r'\$\{(?P<name>[a-z_]+)(?::(?P<default>[^}]*))?\}')
values = {'user': 'Ada', 'count': 3, 'place': 'London'}
missing = []


def fill(m):
    name = m.group('name')
    if name in values:
        return str(values[name])
    if m.group('default') is not None:
        return m.group('default')
    missing.append(name)
    return m.group(0)


text = 'Hello ${user}, you have ${count} new messages from ${place}. Signed: ${sender:the team} ${oops}'
out = PLACEHOLDER.sub(fill, text)
print(out)
print('missing:', missing)
new, n = PLACEHOLDER.subn(fill, text)
print(n, new == out)

# Swap "Last, First" into "First Last" with numbered and named backreferences.
names = 'Lovelace, Ada; Turing, Alan; Hopper, Grace'
print(re.sub(r'(\w+), (\w+)', r'\2 \1', names))
print(re.sub(r'(?P<last>\w+), (?P<first>\w+)', r'\g<first> \g<last>', names, count=2))
print(re.sub(r'(\d+)', lambda m: str(int(m.group(1)) * 2), 'a1 b22 c333'))
print(re.sub(r'x*', '-', 'abxd'), re.sub('', '|', 'abc'))
print(re.sub(r'(?i)ADA', 'Countess', 'ada Ada ADA'))
m = re.search(r'(?P<k>\w+)=(?P<v>\w+)?', 'key=')
print(m.groups(), m.groups('?'), m.groupdict('<none>'), m.expand(r'[\g<k>:\2]'))
unchanged = 'nothing to replace'
print(re.sub(r'\d', '#', unchanged) is unchanged)
try:
    re.sub(r'(a)', r'\2', 'a')
except re.error as e:
    print('re.error:', e, '| msg:', e.msg, '| pos:', e.pos)
try:
    re.sub(r'(a)', r'\g<name>', 'a')
except IndexError as e:
    print('IndexError:', e)
print(re.escape('1+1=2? (yes) $5.00'))
