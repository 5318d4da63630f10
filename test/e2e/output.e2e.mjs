// The Output tab shows what a terminal would: stdout and stderr in the order they were written.
// stderr_teardown.py prints, has a `__del__` raise ("Exception ignored in"), divides by zero and
// prints again from `__del__` during the teardown after the traceback.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './driver.mjs';
import { registerScenarios } from './harness.mjs';

/** What CPython 3.13 writes for the fixture, both streams in order (test/oracle/terminalOutput/record.sh). */
const expected = readFileSync(join(repoRoot, 'test', 'oracle', 'terminalOutput', 'stderr_teardown.3.13.txt'), 'utf8');

/** `text` with the script's path written as SCRIPT and addresses as 0xADDR, as the oracle writes them. */
function normalized(text) {
  return text.replace(/[^\s"]*stderr_teardown\.py/g, 'SCRIPT').replace(/ at 0x[0-9a-f]+>/g, ' at 0xADDR>');
}

/** @type {import('./driver.mjs').Scenario[]} */
export const scenarios = [
  {
    name: 'the Output tab interleaves stderr with the prints, the traceback at its place',
    needs: ['webviewDom'],
    timeoutMs: 180_000,
    async run(driver) {
      await driver.openFile('stderr_teardown.py');
      await driver.runCommand('Python Heap: Run Script');
      await driver.waitForWebviewText('status', /stderr_teardown\.py · error/);
      await driver.clickWebview('tab-4');
      const text = await driver.waitForWebviewText('output', /closing kept/);
      // Exactly what CPython 3.13 shows in a terminal: the SyntaxWarning, the prints, the __del__
      // report after "closing broken", the traceback, then the teardown's "closing kept".
      assert.equal(normalized(text).trimEnd(), expected.trimEnd());
      assert.ok(text.indexOf('Exception ignored in') > text.indexOf('start\n'), 'the __del__ report comes after the first print');
      assert.match(await driver.webviewText('traceback'), /^Traceback \(most recent call last\):[\s\S]*ZeroDivisionError: division by zero\n?$/);
      await driver.screenshot('output-stderr');
    },
  },
];

await registerScenarios(import.meta.url, scenarios);
