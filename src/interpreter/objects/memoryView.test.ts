/**
 * memoryview attributes, cast() to each native 1-D format and to 2-D, toreadonly() and what each
 * view allocates (sys.getsizeof and tracemalloc): test/oracle/memoryviewCastProbe.py, whose output
 * is the same under CPython 3.11.7, 3.12.1 and 3.13.0 (rerun it with PYENV_VERSION to refresh).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from '../session/runSession';
import { checkHeapSelf } from '../session/heapSelfCheck';

const PROBE = "\"\"\"memoryview attributes, cast() and what each view allocates (sys.getsizeof, tracemalloc).\n\nRun on each version: PYENV_VERSION=3.1x python3 test/oracle/memoryviewCastProbe.py\nThe numbers feed src/interpreter/objects/memoryView.test.ts.\n\"\"\"\nimport sys\nimport tracemalloc\n\ndef alloc(make):\n    tracemalloc.start()\n    before = tracemalloc.get_traced_memory()[0]\n    obj = make()\n    after = tracemalloc.get_traced_memory()[0]\n    tracemalloc.stop()\n    return obj, after - before\n\nbuf = bytearray(range(16))\nm, cost = alloc(lambda: memoryview(buf))\nprint('memoryview(bytearray) getsizeof', sys.getsizeof(m), 'traced', cost)\ns, cost = alloc(lambda: m[2:6])\nprint('slice getsizeof', sys.getsizeof(s), 'traced', cost)\nfor fmt in 'BbcHhIiLlQqdf':\n    c, cost = alloc(lambda: m.cast(fmt))\n    print('cast', fmt, 'getsizeof', sys.getsizeof(c), 'traced', cost, c.itemsize, c.shape, c.strides, c.nbytes)\nc2, cost = alloc(lambda: m.cast('B', shape=[4, 4]))\nprint('cast shape 2-D getsizeof', sys.getsizeof(c2), 'traced', cost, c2.shape, c2.strides, c2.ndim)\nprint('2-D tolist', c2.tolist())\nr, cost = alloc(lambda: m.toreadonly())\nprint('toreadonly getsizeof', sys.getsizeof(r), 'traced', cost, r.readonly)\nprint('attrs', m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous, m.obj is buf)\nprint('step', m[::2].c_contiguous, m[::2].contiguous, m[::2].strides)\nprint('bytes view', memoryview(b'ab').readonly)\nprint('hex', m[:4].hex(), m[:4].hex(':'), m[:4].hex('-', 2))\nprint('scalar', memoryview(b'abcd').cast('i').ndim)\n";

const EXPECTED = "memoryview(bytearray) getsizeof 184 traced 312\nslice getsizeof 184 traced 184\ncast B getsizeof 184 traced 184 1 (16,) (1,) 16\ncast b getsizeof 184 traced 184 1 (16,) (1,) 16\ncast c getsizeof 184 traced 184 1 (16,) (1,) 16\ncast H getsizeof 184 traced 184 2 (8,) (2,) 16\ncast h getsizeof 184 traced 184 2 (8,) (2,) 16\ncast I getsizeof 184 traced 184 4 (4,) (4,) 16\ncast i getsizeof 184 traced 184 4 (4,) (4,) 16\ncast L getsizeof 184 traced 184 8 (2,) (8,) 16\ncast l getsizeof 184 traced 184 8 (2,) (8,) 16\ncast Q getsizeof 184 traced 184 8 (2,) (8,) 16\ncast q getsizeof 184 traced 184 8 (2,) (8,) 16\ncast d getsizeof 184 traced 184 8 (2,) (8,) 16\ncast f getsizeof 184 traced 184 4 (4,) (4,) 16\ncast shape 2-D getsizeof 208 traced 208 (4, 4) (4, 1) 2\n2-D tolist [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11], [12, 13, 14, 15]]\ntoreadonly getsizeof 184 traced 184 True\nattrs () True True True True\nstep False False (2,)\nbytes view True\nhex 00010203 00:01:02:03 0001-0203\nscalar 1\n";

test('memoryview cast, attributes and allocations match CPython 3.11-3.13', () => {
  for (const version of ['3.11', '3.12', '3.13'] as const) {
    const s = new RunSession({ source: PROBE, filename: 'memoryviewCastProbe.py', version, maxSteps: 1_000_000 });
    s.continue();
    checkHeapSelf(s);
    assert.equal(s.stdout, EXPECTED, version);
  }
});
