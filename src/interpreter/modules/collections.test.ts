/**
 * collections' memory as the real interpreters measure it: the probe script
 * test/oracle/collections/collectionsProbe.py runs on the simulation and must print what it
 * printed under CPython 3.11.7, 3.12.1 and 3.13.0 (the expected text below is that output; rerun
 * the probe with PYENV_VERSION to refresh it). OrderedDict's nodes and fast-nodes array, Counter
 * as a dict subclass, most_common's list shapes, namedtuple as a bare tuple, deque copy/repeat.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from '../session/runSession';
import { checkHeapSelf } from '../session/heapSelfCheck';

const PROBE = "\"\"\"Sizes, GC tracking and refcounts of collections' types, as collections.test.ts expects them:\nrun under each of 3.11.7, 3.12.1 and 3.13.0 (PYENV_VERSION=3.12.1 python3\ntest/oracle/collections/collectionsProbe.py). The script is also what the test runs on the\nsimulation, so its output is compared line for line.\"\"\"\nimport gc\nimport sys\nfrom collections import Counter, OrderedDict, deque, namedtuple\n\nod = OrderedDict()\nsizes = [sys.getsizeof(od)]\nfor i in range(12):\n    od[i] = i\n    sizes.append(sys.getsizeof(od))\nprint(\"odict int keys\", sizes)\ndel od[3]\nod.move_to_end(5, last=False)\nprint(\"odict after del/move\", sys.getsizeof(od), od.popitem(last=False), sys.getsizeof(od))\nod.clear()\nprint(\"odict cleared\", sys.getsizeof(od))\n\n\nclass Sub(OrderedDict):\n    pass\n\n\nprint(\"odict subclass\", sys.getsizeof(Sub()), sys.getsizeof(Sub(a=1)))\nkey = \"\".join([\"k\", \"ey\"])\nbefore = sys.getrefcount(key)\nholder = OrderedDict({key: 1})\nprint(\"odict key refs\", sys.getrefcount(key) - before)\nprint(\"counter\", sys.getsizeof(Counter()), sys.getsizeof(Counter(\"abcabc\")), sys.getsizeof(Counter(range(20))))\nc = Counter(\"the quick brown fox jumps over the lazy dog\")\nprint(\"most_common lists\", sys.getsizeof(c.most_common(1)), sys.getsizeof(c.most_common(3)), sys.getsizeof(c.most_common(100)), sys.getsizeof(c.most_common()))\nP = namedtuple(\"P\", \"x y z\")\nprint(\"namedtuple\", sys.getsizeof(P(1, 2, 3)), sys.getsizeof(P._make(\"abc\")), gc.is_tracked(P(1, 2, 3)))\nprint(\"tracked\", gc.is_tracked(Counter()), gc.is_tracked(OrderedDict()), gc.is_tracked(deque()))\nd = deque(range(100))\nprint(\"deque\", sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(d * 3), sys.getsizeof(deque([0]) * 130))\n";

const EXPECTED: Record<'3.11' | '3.12' | '3.13', string> = {
  '3.11': "odict int keys [128, 384, 416, 448, 480, 512, 736, 768, 800, 832, 864, 1304, 1336]\nodict after del/move 1304 (5, 5) 1272\nodict cleared 128\nodict subclass 128 344\nodict key refs 2\ncounter 88 208 656\nmost_common lists 64 88 272 280\nnamedtuple 64 64 True\ntracked True True True\ndeque 1288 1288 2872 1816\n",
  '3.12': "odict int keys [128, 384, 416, 448, 480, 512, 736, 768, 800, 832, 864, 1304, 1336]\nodict after del/move 1304 (5, 5) 1272\nodict cleared 128\nodict subclass 128 344\nodict key refs 2\ncounter 80 200 648\nmost_common lists 64 88 272 280\nnamedtuple 64 64 True\ntracked True True True\ndeque 1288 1288 2872 1816\n",
  '3.13': "odict int keys [128, 384, 416, 448, 480, 512, 736, 768, 800, 832, 864, 1304, 1336]\nodict after del/move 1304 (5, 5) 1272\nodict cleared 128\nodict subclass 128 344\nodict key refs 2\ncounter 80 200 648\nmost_common lists 64 88 272 280\nnamedtuple 64 64 True\ntracked True True True\ndeque 1288 1288 2872 1816\n",
};

test('collections sizes, tracking and key references match CPython 3.11-3.13', () => {
  for (const version of ['3.11', '3.12', '3.13'] as const) {
    const s = new RunSession({ source: PROBE, filename: 'collectionsProbe.py', version, maxSteps: 1_000_000 });
    s.continue();
    checkHeapSelf(s);
    assert.equal(s.stdout, EXPECTED[version], version);
  }
});

test('an OrderedDict releases its nodes\' key references when it dies', () => {
  const source = 'import sys\nfrom collections import OrderedDict\nk = "".join(["a", "b"])\nn = sys.getrefcount(k)\nod = OrderedDict.fromkeys([k])\nod.move_to_end(k, last=False)\ndel od\nprint(sys.getrefcount(k) - n)\n';
  const s = new RunSession({ source, filename: 'script.py', version: '3.12', maxSteps: 1_000_000 });
  s.continue();
  checkHeapSelf(s);
  assert.equal(s.stdout, '0\n');
});
