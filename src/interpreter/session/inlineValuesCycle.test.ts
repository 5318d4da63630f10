/**
 * A cycle through a materialized `__dict__` (expected values printed by CPython 3.11.7, 3.12.1 and
 * 3.13.0 for the same script): in 3.13 an instance whose dict still uses the values inline visits
 * those values and not the dict (PyObject_VisitManagedDict), and the dict visits nothing, so the
 * collector finds the instance alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from './runSession';
import { checkHeapSelf } from './heapSelfCheck';

const source = `import gc
class P: pass
gc.collect()
p = P()
p.__dict__['me'] = p
del p
print(gc.collect())
q = P()
q.x = 1
d = q.__dict__
d['self'] = q
del q
print(gc.collect())
r = P()
r.a = [r]
del r
print(gc.collect())
`;

for (const [version, expected] of [['3.11', '2\n0\n2\n'], ['3.12', '2\n0\n2\n'], ['3.13', '1\n1\n2\n']] as const) {
  test(`gc.collect() of a cycle through an instance's __dict__ on ${version}`, () => {
    const s = new RunSession({ source, filename: 'cycle.py', version, maxSteps: 1_000_000 });
    s.continue();
    checkHeapSelf(s);
    assert.equal(s.stdout, expected);
  });
}
