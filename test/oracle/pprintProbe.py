"""pprint layouts (modules/prettyFormat.ts): run with PYENV_VERSION=3.11.7 / 3.12.1 / 3.13.0
python3 test/oracle/pprintProbe.py; the output is the same on the three versions."""
import pprint
config = {
    'server': {'host': 'example.org', 'ports': [80, 443, 8080], 'tls': {'cert': '/etc/ssl/cert.pem', 'key': '/etc/ssl/key.pem'}},
    'users': [{'name': 'ada', 'roles': ('admin', 'dev'), 'quota': 10.5}, {'name': 'bob', 'roles': ('dev',), 'quota': None}],
    'features': {30, 4, 17}, 'limits': frozenset({1, 2, 3}), 'empty': [], 'nothing': {}, 'zero': (),
    'motd': 'Welcome to the example server. Maintenance happens every Sunday night between two and four in the morning, please save your work.',
}
pprint.pprint(config)
pprint.pprint(config, width=40)
pprint.pprint(config, width=120, sort_dicts=False)
pprint.pp(config, depth=2)
pprint.pprint(config, indent=4, width=60)
print(pprint.pformat(config, depth=1))
nums = list(range(60))
pprint.pprint(nums)
pprint.pprint(nums, compact=True)
pprint.pprint(nums, width=30, compact=True, indent=2)
matrix = [[i * j for j in range(12)] for i in range(8)]
pprint.pprint(matrix)
pprint.pprint(matrix, width=50)
pprint.pprint(tuple(matrix[2]), width=20)
pprint.pprint((1,), width=1)
pprint.pprint([(1,)], width=2)
pprint.pprint({'k': set(range(30, 0, -1))})
pprint.pprint(frozenset('abcdefghijklmnopqrstuvwxyz'), width=30)
text = 'The quick brown fox jumps over the lazy dog. ' * 5
pprint.pprint(text)
pprint.pprint([text], width=50)
pprint.pprint({'para': 'line one\nline two is a bit longer than the first one and goes on\n'}, width=40)
pprint.pprint('x' * 100)
mixed = {3: 'c', 1: 'a', 2: 'b', 'z': 0, (1, 2): [], None: 1}
try:
    pprint.pprint(mixed)
except TypeError as e:
    print('TypeError', e)
pprint.pprint({1: 'a', 'b': 2, 2.5: None})
rec = [1, 2]
rec.append(rec)
print(pprint.pformat(rec).replace(str(id(rec)), 'ID'), pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable([1, 'a']))
print(pprint.saferepr({'b': 1, 'a': [2, 3]}), pprint.saferepr(rec).replace(str(id(rec)), 'ID'))
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3, compact=True)
pp.pprint(config['users'])
print(pp.pformat([[[[1]]], [[2]]]), pp.isreadable(object()), type(pp).__name__)
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError', e)
pprint.pprint([{'id': n, 'tags': ['t%d' % k for k in range(n)]} for n in range(6)], width=60)
pprint.pprint({'nested': {'deeper': {'deepest': {'value': list(range(25))}}}}, width=50)
data = {'a' * 30: ['b' * 20, {'c': ('d' * 40, 'e')}], 'k2': [[], {}, (), set()], 'k3': 'short', 'long words': 'supercalifragilisticexpialidocious' * 3}
for w in (10, 25, 45, 70):
    pprint.pprint(data, width=w)
    pprint.pprint(data, width=w, indent=3, compact=True)
pprint.pprint([1, [2, [3, [4, [5, [6]]]]]], depth=3)
pprint.pprint([1, [2, [3, [4, [5, [6]]]]]], width=5)
pprint.pprint(('a', 'b' * 80), width=40)
pprint.pprint({'t': 'tab\there and a long long long long long long long long long long string'}, width=30)
pprint.pprint([b'bytes' * 20, 1.5, -3, True, None], width=40)
print(pprint.pformat('', width=1), pprint.pformat([''], width=1))
