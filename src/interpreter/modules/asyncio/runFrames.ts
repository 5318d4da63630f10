/**
 * The frames of asyncio's own Python files that CPython's traceback shows between the caller of
 * `asyncio.run` and the coroutine an exception came from (`Runner.run` → `run_until_complete` →
 * `future.result()`). Measured by test/oracle/asyncioRunTraceback.py on 3.11.7, 3.12.1 and 3.13.0:
 * files under the stand-in /usr/lib/python3.X/, line numbers, source lines and caret columns.
 */
import type { PyBaseExceptionObject } from '../../../engine/objects/exceptionObject';
import type { PyTracebackObject } from '../../../engine/objects/frameObject';
import type { Interp } from '../../runtime/interp';
import { registerScriptSource, sourceLine } from '../../session/traceback';
import { attachLibraryEntries } from '../../vm/tracebackHere';
import type { TracebackEntry } from '../../vm/unwind';

/** file, line, function, source line, caret columns (0-based, end exclusive). */
type Row = [string, number, string, string, number, number];

const RUN_LINE: Record<string, number> = { '3.11': 190, '3.12': 194, '3.13': 194 };
const RESULT_LINE: Record<string, number> = { '3.11': 653, '3.12': 684, '3.13': 721 };

function rows(version: string): Row[] {
  return [
    ['asyncio/runners.py', RUN_LINE[version] ?? 194, 'run', '        return runner.run(main)', 15, 31],
    ['asyncio/runners.py', 118, 'run', '            return self._loop.run_until_complete(task)', 19, 54],
    ['asyncio/base_events.py', RESULT_LINE[version] ?? 684, 'run_until_complete', '        return future.result()', 15, 30],
  ];
}

/** Marks `exc` (leaving `asyncio.run`) so its traceback shows asyncio's frames before the coroutine's. */
export function addRunFrames(interp: Interp, exc: PyBaseExceptionObject): void {
  const tb = exc.traceback as PyTracebackObject | null;
  if (!tb) return;
  const version = interp.rt.profile.version;
  const table = rows(version);
  const sources = new Map<string, string[]>();
  const entries: TracebackEntry[] = table.map(([file, line, name, text, col, endCol]) => {
    const filename = `/usr/lib/python${version}/${file}`;
    let lines = sources.get(filename);
    if (!lines) sources.set(filename, (lines = []));
    lines[line - 1] = text;
    return { filename, line, name, range: { line, endLine: line, col, endCol } };
  });
  for (const [filename, lines] of sources) if (sourceLine(interp, filename, lines.length) === undefined) registerScriptSource(interp, filename, lines);
  attachLibraryEntries(tb, entries);
}
