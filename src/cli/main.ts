/**
 * `pyheap`: runs a Python script on the simulated heap, headless. It prints exactly what the script
 * prints; an uncaught exception prints CPython's traceback on stderr and exits 1. Stdout and stderr
 * are written in the order the script wrote them (outputChunks.ts), as the panel's Output shows them.
 *
 * The run happens in a worker thread with the extension's engine-worker limits
 * (`ENGINE_WORKER_LIMITS`): Node's main thread has about 1 MB of stack, which a Python recursion
 * through dunders (`__repr__` calling `repr(self)`) exhausts before Python's own limit, so on the
 * main thread the CLI would stop where the extension's worker reaches CPython's RecursionError.
 * The main thread reads standard input, starts the worker and writes what it answers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { RunSession } from '../interpreter/session/runSession';
import { diskModuleFinder } from '../worker/diskModuleFinder';
import { buildReport } from '../protocol/report';
import { ENGINE_WORKER_LIMITS } from '../protocol/workerProtocol';
import { parseArgs, usage, type RunArgs } from './cliArgs';
import { formatReportTable } from './reportTable';
import { decodeScript } from './scriptSource';
import type { OutputChunk } from '../protocol/outputChunks';

declare const PYHEAP_VERSION: string | undefined;

/** What a run prints (both streams, in order) and its exit status, sent from the worker to the main thread. */
interface RunOutput {
  output: OutputChunk[];
  code: number;
}

function readStdin(): string {
  if (process.stdin.isTTY) return '';
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
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

/** Runs `args` in a worker with the engine worker's stack and heap; settles with its exit status. */
function runInWorker(args: RunArgs): Promise<number> {
  const worker = new Worker(__filename, { workerData: { args, stdin: readStdin() }, resourceLimits: ENGINE_WORKER_LIMITS });
  return new Promise((settle) => {
    let answered = false;
    worker.on('message', (out: RunOutput) => {
      answered = true;
      // Both are synchronous for files, pipes and terminals on Linux, so the order holds.
      for (const chunk of out.output) (chunk.stream === 'stdout' ? process.stdout : process.stderr).write(chunk.text);
      settle(out.code);
    });
    worker.on('error', (e: Error & { code?: string }) => {
      answered = true;
      process.stderr.write(e.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `pyheap: the engine ran out of its own memory (${ENGINE_WORKER_LIMITS.maxOldGenerationSizeMb} MiB); lower --memory-limit\n`
        : `pyheap: the engine stopped: ${e.message}\n`);
      settle(3);
    });
    worker.on('exit', () => {
      if (!answered) settle(3);
    });
  });
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, process.env);
  switch (args.command) {
    case 'help':
      process.stdout.write(usage + '\n');
      return 0;
    case 'version':
      process.stdout.write(`pyheap ${typeof PYHEAP_VERSION === 'string' ? PYHEAP_VERSION : 'dev'}\n`);
      return 0;
    case 'error':
      process.stderr.write(`pyheap: ${args.message}\n${usage}\n`);
      return 2;
    case 'run':
      return runInWorker(args);
  }
}

if (isMainThread) {
  void main(process.argv.slice(2)).then((code) => {
    // A run CPython ends by killing itself with SIGINT (uncaught KeyboardInterrupt) ends so here.
    if (code === -2) process.kill(process.pid, 'SIGINT');
    else process.exitCode = code;
  });
} else {
  const { args, stdin } = workerData as { args: RunArgs; stdin: string };
  parentPort?.postMessage(run(args, stdin));
}
