/**
 * The enum module against CPython 3.11.7, 3.12.1 and 3.13.0 (the same scripts printed these lines;
 * test/oracle/enumProbe.py re-measures them).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runOutput as run } from '../session/runChecked';

type Version = '3.11' | '3.12' | '3.13';
const VERSIONS: Version[] = ['3.11', '3.12', '3.13'];

const colors = `
import sys
from enum import Enum, Flag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
class P(Flag):
    R = 4
    W = 2
    X = 1
print(repr(Color.RED), Color.RED, f"{Color.GREEN!r}", list(Color), Color(1), Color['GREEN'], Color.CRIMSON is Color.RED)
print(repr(P.R | P.W), P.R | P.W, repr(~P.R), repr(P(0)), P(0), P.R in P(6), list(P(3)))
print(Color.__members__)
print(sys.getsizeof(Color.RED), sys.getsizeof(P.R))
try:
    Color(7)
except ValueError as e:
    print(repr(e))
try:
    print(1 in Color)
except TypeError as e:
    print(e)
`;

test('Enum and Flag members: reprs, lookups, aliases, sizes, per version', () => {
  for (const v of VERSIONS) {
    const size = v === '3.11' ? '56 56' : '48 48';
    const contains = v === '3.11' ? "unsupported operand type(s) for 'in': 'int' and 'EnumType'" : 'True';
    assert.equal(run(colors, v),
      '<Color.RED: 1> Color.RED <Color.GREEN: 2> [<Color.RED: 1>, <Color.GREEN: 2>] Color.RED Color.GREEN True\n'
      + '<P.R|W: 6> P.R|W <P.W|X: 3> <P: 0> P(0) True [<P.W: 2>, <P.X: 1>]\n'
      + "{'RED': <Color.RED: 1>, 'GREEN': <Color.GREEN: 2>, 'CRIMSON': <Color.RED: 1>}\n"
      + `${size}\nValueError('7 is not a valid Color')\n${contains}\n`, v);
  }
});

test('an instance __dict__ (a split table) iterates its keys in insertion order', () => {
  const src = 'class O: pass\no = O()\no.b = 1\no.a = 2\nprint(list(o.__dict__), list(reversed(o.__dict__)), list(o.__dict__.items()))\n';
  for (const v of VERSIONS) assert.equal(run(src, v), "['b', 'a'] ['a', 'b'] [('b', 1), ('a', 2)]\n");
});
