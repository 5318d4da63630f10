/**
 * The CLI's run, in the worker thread `main.ts` starts (bundled alone as out/cliWorker.js): runs
 * the script on the simulated heap and posts back what it printed and its exit status.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { RunSession } from '../interpreter/session/runSession';
import { diskModuleFinder } from '../worker/diskModuleFinder';
import { buildReport } from '../protocol/report';
import type { RunArgs } from './cliArgs';
import { formatReportTable } from './reportTable';
import { decodeScript } from './scriptSource';
import type { OutputChunk } from '../protocol/outputChunks';

/** What a run prints (both streams, in order) and its exit status, sent from the worker to the main thread. */
export interface RunOutput {
  output: OutputChunk[];
  code: number;
}

/** An imported module's lines for the report table, read again from disk (once per file). */
function lineReader(): (file: string) => string[] | undefined {
  const read = new Map<string, string[] | undefined>();
  return (file) => {
    if (!read.has(file)) {
      try {
        read.set(file, readFileSync(file, 'utf8').split(/\r?\n/));
      } catch {
        read.set(file, undefined);
      }
    }
    return read.get(file);
  };
}

function run(args: RunArgs, stdin: string): RunOutput {
  let bytes: Uint8Array;
  const path = resolve(args.script);
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { output: [{ stream: 'stderr', text: `pyheap: can't open file '${path}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n` }], code: 2 };
  }
  const decoded = decodeScript(bytes, path);
  if (decoded.error !== undefined) return { output: [{ stream: 'stderr', text: decoded.error }], code: 1 };
  const source = decoded.text;
  const session = new RunSession({
    source, filename: path, argv0: args.script, version: args.python, stdin, maxSteps: args.maxSteps ?? undefined, warnOptions: args.warnOptions, timeoutMs: args.timeoutSeconds * 1000,
    memoryLimitBytes: args.memoryLimitMb * 1024 * 1024, findModuleSource: diskModuleFinder(path),
  });
  session.continue();
  // The teardown after an error (atexit, `__del__`) writes after the traceback, as CPython's does.
  const state = session.state(0);
  const output = state.output;
  if (args.report) output.push({ stream: 'stderr', text: formatReportTable(state.footprints, source.split(/\r?\n/), state.gcHistory, lineReader()) });
  if (args.json) {
    const report = buildReport({
      script: path, python: args.python, status: session.status, steps: session.step, lines: state.footprints,
      heap: state.heap.summary, gc: state.gcHistory, stdout: session.stdout, error: session.error,
    });
    writeFileSync(args.json, JSON.stringify(report, null, 2) + '\n');
  }
  return { output, code: session.exitCode };
}

const { args, stdin } = workerData as { args: RunArgs; stdin: string };
parentPort?.postMessage(run(args, stdin));
