"""Probe: json error messages, positions and the sizes of containers built by json.loads (run on 3.11-3.13)."""
# Expected output: jsonProbe.3.1x.txt beside it (PYENV_VERSION=3.1x.y python3 jsonProbe.py > jsonProbe.3.1x.txt); src/interpreter/modules/jsonModule.test.ts compares.
import json, sys
bad = ['', ' ', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '[1,]', '[1', '[1 2]', '{"a" 1}', '{1:2}',
       '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '"a\tb"', '1 2', 'nul', 'tru', '[-]', '-', '01', '1.', '1e', '[1.5e+]',
       '{"a":1}\n  x', '\n\n  [1,\n  2,,]', '"\\ud800\\uzz"', '[Infinity, -Infinity, NaN]', '"\\', '"\\u']
for s in bad:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), e, e.msg, e.pos, e.lineno, e.colno, e.args)
for o in [set(), {(1, 2): 3}, float('nan'), object()]:
    try:
        print(json.dumps(o, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, getattr(e, '__notes__', None))
try:
    print(json.dumps([1, [2, {3}]]))
except TypeError as e:
    print(e, getattr(e, '__notes__', None))
try:
    print(json.dumps({'a': [1, {'b': {3}}]}, indent=2))
except TypeError as e:
    print(e, getattr(e, '__notes__', None))
a = []; a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e, getattr(e, '__notes__', None))
d = {}; d['x'] = d
try:
    json.dumps(d, indent=1)
except ValueError as e:
    print(e, getattr(e, '__notes__', None))
try:
    json.loads(5)
except TypeError as e:
    print(e)
for s in ['[]', '[1]', '[1,2,3]', '[1,2,3,4,5]', '[' + ','.join('0' * 1 for _ in range(9)) + ']', '[' + ','.join(['1'] * 17) + ']',
          '{}', '{"a":1}', '{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6}', '{' + ','.join('"k%d":%d' % (i, i) for i in range(12)) + '}']:
    v = json.loads(s)
    print(s[:20], sys.getsizeof(v))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', 'e': [1.0, 1e16, 1e-7, 3.14, -0.0, 10**20, float('inf')]}))
print(json.dumps({'é': '\u2603\U0001F600\x7f\x01\n"\\/'}), json.dumps('\u2603\U0001F600\x7f\x01', ensure_ascii=False))
print(json.dumps([1, {'a': [], 'b': {}, 'c': [1, 2]}], indent=2, sort_keys=True))
print(json.dumps([1, {'a': 2}], indent='\t', separators=(',', ': ')), json.dumps({'a': 1}, separators=(',', ':')), json.dumps([[]], indent=0))
print(json.dumps({(1,): 2, 'a': 1}, skipkeys=True))
try: json.dumps({1: 2, 'a': 3}, sort_keys=True)
except TypeError as e: print(e)
e = json.JSONDecodeError('m', 'ab\ncd', 4); print(e, e.args, repr(e))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1, 2]', parse_int=float), json.loads('1.5', parse_float=str), json.loads('{"b": [1]}', object_pairs_hook=list))
print(json.loads('"\\ud83d\\ude00 \\u00e9 \\n"'), json.loads('[1e400, -1e400, 1E2, -0, 0.5e-1]'))
print(json.loads('{"z": 1}', object_hook=lambda d: sorted(d)), json.loads('Infinity', parse_constant=lambda c: c))
print(json.dumps(True), json.dumps(None), json.dumps("x"), json.dumps(2**64), json.dumps(1.0), json.dumps((1, 2)))
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=SetEncoder), SetEncoder(indent=2).encode([{1}]))
try:
    json.dumps([object()], cls=SetEncoder)
except TypeError as e:
    print(e)
print(json.dumps([1, {2}], default=list), json.JSONDecoder().raw_decode('[1] x'), json.JSONDecoder(parse_int=str).decode(' 7 '))
enc = json.JSONEncoder(sort_keys=True, separators=(';', '='))
print(enc.item_separator, enc.key_separator, enc.sort_keys, enc.encode({'b': 1, 'a': [1, 2]}), json.JSONEncoder.item_separator)
rows = json.loads('[{"id": 1, "name": "a"}, {"id": 2, "name": "b"}]')
print(list(rows[0]) == list(rows[1]), list(rows[0])[0] is list(rows[1])[0], sys.getsizeof(rows), sys.getsizeof(rows[0]))
print(isinstance(json.JSONDecodeError('x', '', 0), ValueError), json.JSONDecodeError.__module__, json.JSONEncoder.__module__)
print(json.loads(b'{"a": [true, false, null]}'), json.dumps('\u00e9', ensure_ascii=False), json.dumps([1, 2], indent=None, separators=(',', ':')))
