/**
 * bytes, bytearray and memoryview as the real interpreters measure them: the probe
 * test/oracle/bytesProbe.py runs on the simulation and must print what it printed under CPython
 * 3.11.7, 3.12.1 and 3.13.0 (the same text for all three; rerun the probe with PYENV_VERSION to
 * refresh it): the bytes singletons (empty, one-byte cache, not bytes(n)), the exact-bytes
 * shortcuts, bytearray growth along append / += / extend / pop / del-prefix, constructors,
 * slice assignment, insert, repeat, clear, memoryview sizes and hashes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from '../session/runSession';
import { checkHeapSelf } from '../session/heapSelfCheck';

const PROBE = "\"\"\"Probe of bytes/bytearray facts the simulation mirrors; run per version:\nPYENV_VERSION=3.12.1 python3 test/oracle/bytesProbe.py\"\"\"\nimport sys\ng = sys.getsizeof\nprint('sizes', g(b''), g(b'a'), g(b'abc'), g(bytes(100)))\ne = b''\nprint('empty singleton', e is bytes(), e is b'abc'[3:], e is bytes([]), e is ''.encode())\nx = bytes([97])\na = b'a'\nz = b'\\x00'\nprint('char cache', a is x, a is b'abc'[0:1], a is 'a'.encode(), a is bytes(a), a is b'ab'[:1], a is a * 1, bytes(1) is z)\ny = b'abc'\nprint('full slice', y[:] is y, y * 1 is y, bytes(y) is y, y + b'' is y)\nba = bytearray()\nsizes = [g(ba)]\nfor i in range(40):\n    ba.append(i)\n    sizes.append(g(ba))\nprint('append', sizes)\nba = bytearray()\nsizes = []\nfor i in range(12):\n    ba += b'xyz'\n    sizes.append(g(ba))\nprint('iadd3', sizes)\nba = bytearray()\nsizes = []\nfor i in range(10):\n    ba.extend(b'0123456789' * i)\n    sizes.append(g(ba))\nprint('extend', sizes)\nba = bytearray(b'x' * 100)\nsizes = [g(ba)]\nwhile ba:\n    ba.pop()\n    sizes.append(g(ba))\nprint('pop', sizes[::5])\nba = bytearray(b'x' * 100)\nsizes = [g(ba)]\nfor i in range(10):\n    del ba[:10]\n    sizes.append(g(ba))\nprint('del', sizes)\nprint('ctor', g(bytearray(10)), g(bytearray(b'abc')), g(bytearray(range(20))), g(bytearray('h\u00e9llo', 'utf-8')), g(bytearray([1, 2, 3])))\nba = bytearray(b'abcdef')\nba[1:3] = b'XYZW'\nprint('slice assign', ba, g(ba))\nba.insert(0, 65)\nprint('insert', ba, g(ba))\nba2 = ba * 3\nprint('mul', g(ba2), g(ba + ba))\nba2 *= 2\nprint('imul', g(ba2))\nprint('copy', g(ba.copy()), g(bytearray(ba)))\nba.clear()\nprint('clear', g(ba))\nm = memoryview(b'abcdef')\nprint('memoryview', g(m), m.nbytes, m.tolist()[:3], g(m[1:3]), bytes(m[::2]), m[1:3] == b'bc', hash(m) == hash(b'abcdef'))\nprint('hash', hash(b''), hash(b'abc') == hash('abc'), hash(b'\\xe9') == hash('\\xe9'))\n";

const EXPECTED = "sizes 33 34 36 133\nempty singleton True True True True\nchar cache True True True True True True False\nfull slice True True True True\nappend [56, 58, 61, 61, 61, 64, 64, 64, 68, 68, 68, 68, 75, 75, 75, 75, 75, 75, 75, 83, 83, 83, 83, 83, 83, 83, 83, 92, 92, 92, 92, 92, 92, 92, 92, 92, 102, 102, 102, 102, 102]\niadd3 [60, 63, 66, 69, 72, 82, 82, 82, 92, 92, 92, 102]\nextend [56, 67, 87, 117, 157, 207, 267, 337, 417, 507]\npop [157, 157, 157, 157, 157, 157, 157, 157, 157, 157, 157, 106, 106, 106, 106, 106, 81, 81, 68, 62, 57]\ndel [157, 157, 157, 157, 157, 157, 97, 97, 97, 67, 57]\nctor 67 60 83 63 60\nslice assign bytearray(b'aXYZWdef') 65\ninsert bytearray(b'AaXYZWdef') 72\nmul 84 75\nimul 111\ncopy 66 66\nclear 57\nmemoryview 184 6 [97, 98, 99] 184 b'ace' True True\nhash 0 True True\n";

/** A memoryview's managed buffer: one reference to its object, GC objects, bytearray exports. */
const VIEWS = "import sys, gc\nb = bytes(range(10))\nr0 = sys.getrefcount(b)\nm = memoryview(b)\nr1 = sys.getrefcount(b)\ns = m[2:5]\nm.release()\nprint(r1 - r0, sys.getrefcount(b) - r0, s.tolist(), repr(m)[:16])\nba = bytearray(b'abc')\nc0 = gc.get_count()[0]\nv = memoryview(ba)\nc1 = gc.get_count()[0]\nw = v[1:]\nprint(c1 - c0, gc.get_count()[0] - c1, gc.is_tracked(v))\ntry:\n    ba.append(1)\nexcept BufferError as e:\n    print('BufferError:', e)\nw[0] = 66\nv.release()\ndel w\nba.append(1)\nprint(ba, sys.getsizeof(ba))\nwith memoryview(ba) as t:\n    print(t[::2].tobytes(), t.hex(), t.readonly, t.shape, t.obj is ba)\ntry:\n    t.tolist()\nexcept ValueError as e:\n    print('ValueError:', e)\n";

const VIEWS_EXPECTED = "1 1 [2, 3, 4] <released memory\n2 1 True\nBufferError: Existing exports of data: object cannot be re-sized\nbytearray(b'aBc\\x01') 63\nb'ac' 61426301 False (4,) True\nValueError: operation forbidden on released memoryview object\n";

function run(source: string, version: '3.11' | '3.12' | '3.13'): string {
  const s = new RunSession({ source, filename: 'bytesProbe.py', version, maxSteps: 1_000_000 });
  s.continue();
  checkHeapSelf(s);
  return s.stdout;
}

test('bytes and bytearray sizes, singletons and growth match CPython 3.11-3.13', () => {
  for (const version of ['3.11', '3.12', '3.13'] as const) assert.equal(run(PROBE, version), EXPECTED, version);
});

test('memoryview references, GC objects and bytearray exports match CPython 3.11-3.13', () => {
  for (const version of ['3.11', '3.12', '3.13'] as const) assert.equal(run(VIEWS, version), VIEWS_EXPECTED, version);
});
