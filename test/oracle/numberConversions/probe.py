# int(text, base), round() and float() of ints: one line per case, the value or the exception.
# Run by the real interpreters (generate.py writes expected.json) and by the simulation
# (src/interpreter/objects/intFromString.test.ts), which must print the same lines.
import sys


class Idx:
    def __index__(self):
        return 16


def show(label, f):
    try:
        r = f()
        print(label, '->', type(r).__name__, repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, str(e))


TEXTS = ['0', '00', '000', '010', '0_0', '0_7', '7', '-7', '+7', ' 12 ', '\t\n12\r\x0b\x0c', '\x1c12',
         '12\x1f', '1_000', '1__000', '_1', '1_', '-_1', '- 1', '+-1', '--1', '', ' ', '-', '+',
         '0x1f', '0X1F', '0x_1f', '0x__1f', '0x', '0x_', '0o17', '0O17', '0o8', '0b101', '0B101',
         '0b102', '0b', '0_b1', 'ff', 'FF', 'z', 'Z', '9', '1.5', '1e3', '١٢٣', '\u0663\u0664',
         '\U0001d7ce\U0001d7cf', '\u3000 12\xa0', '\u200b12', '12\x85', '\u2007', '½', '²', 'Ⅻ',
         '1\x002', '\x00', '0x1f\x00', 'abc' * 100, '9' * 30, '-' + '7' * 40, 'f' * 50, '1' + '0' * 99,
         '08', '0_8', '0xg', '0o_7', '0b_1', '0b1_', '0b1__0', ' 0x1f ', '-0x1f', '+0b1', '- 0x1',
         'é', "it's", 'a"b\'c', '\n']
BASES = [0, 2, 8, 10, 16, 36]
for t in TEXTS:
    for b in BASES:
        show(f'int({t!r}, {b})', lambda: int(t, b))
for b in [1, 37, -1, 3, 7, 11, 35, Idx(), True, 2 ** 70, -2 ** 70]:
    show(f'int(z1, {b!r:.20})', lambda: int('z1', b))
for x in [1.5, 'x', None]:
    show(f'int(str, {x!r})', lambda: int('1', x))
for x in [12, 1.5, [1], None, b'12']:
    show(f'int({x!r}, 10)', lambda: int(x, 10))
for x in [b'12', b' 12 ', b'0x1f', b'1_0', b'\xff', b'1\x002', bytearray(b'ff'), b'x' * 300, b"'", memoryview(b'42')]:
    label = 'memoryview' if isinstance(x, memoryview) else f'{x!r:.40}'
    show(f'int({label})', lambda: int(x))
    show(f'int({label}, 16)', lambda: int(x, 16))
    show(f'int({label}, 0)', lambda: int(x, 0))
show('int(base=16)', lambda: int(base=16))
show('int(x=1)', lambda: int(x='1'))
show('int huge x', lambda: int('1' * 5000 + 'x'))
show('int huge space', lambda: int('1' * 5000 + ' '))
show('int huge nul', lambda: int('1' * 5000 + '\x00'))
show('int huge 0', lambda: int('0' + '1' * 5000, 0))
show('int huge', lambda: int('1' * 4301))
show('int huge 16', lambda: len(str(int('f' * 4400, 16))) > 0)
show('int huge 36', lambda: int('z' * 4301, 36))
show('int 4300', lambda: int('1' * 4300) % 1000)
show('int huge underscores', lambda: int('1_' * 4300 + '1'))
show('int huge repr', lambda: int('x' * 300))
show('int Idx', lambda: int(Idx()))

for x, n in [(1234, -2), (1250, -2), (1350, -2), (-1250, -2), (-1350, -2), (15, -1), (25, -1), (5, -1),
             (-5, -1), (1234, 2), (1234, 0), (0, -5), (10 ** 30 + 5 * 10 ** 9, -10), (10 ** 40 - 1, -3),
             (7, -100), (True, 0), (True, None), (2 ** 100, -20), (5 * 10 ** 99, -100), (15 * 10 ** 99, -100),
             (1234, Idx()), (1234, True), (1234, 'a'), (1.5, 'a'), (1.5, 1.0), (2.5, None), (3.5, None),
             (-2.5, None), (1e300, None), (float('inf'), None), (float('nan'), None), (float('inf'), 2),
             (2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1234.5678, -2), (1250.0, -2), (1e300, -299),
             (1.5, 400), (1.5, -400), (-1.5, -400), (1.7976931348623157e308, -308), (123.456, 10 ** 30),
             (123.456, -10 ** 30), (0.5, 0), (1.5, 0), (-0.5, 0), (5e-324, 323), (1e22, -22), (3.14159, 3)]:
    show(f'round({x!r}, {n!r:.20})', lambda: round(x, n))
show('round(1.5, ndigits=None)', lambda: round(1.5, ndigits=None))
show('round()', lambda: round())
show('round(1, 2, 3)', lambda: round(1, 2, 3))
show('round("a")', lambda: round('a'))
show('round(number=2.5)', lambda: round(number=2.5))
show('round(2.5, number=1)', lambda: round(2.5, number=1))
show('round(2.5, x=1)', lambda: round(2.5, x=1))
show('round(ndigits=1)', lambda: round(ndigits=1))

for x in [10 ** 400, -10 ** 400, 2 ** 1024, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 2 ** 53 + 1, 10 ** 22]:
    show(f'float(int {len(str(x))})', lambda: float(x))
    show(f'int {len(str(x))} / 1', lambda: x / 1)
    show(f'int {len(str(x))} * 1.0', lambda: x * 1.0)
show('10**400 / 10**399', lambda: 10 ** 400 / 10 ** 399)
show('1 / 10**400', lambda: 1 / 10 ** 400)
show('10**400 / 3', lambda: 10 ** 400 / 3)
show('10**400 // 3 > 0', lambda: 10 ** 400 // 3 > 0)
show('"a".join()', lambda: 'a'.join())
show('"a".join(1, 2)', lambda: 'a'.join('b', 'c'))
