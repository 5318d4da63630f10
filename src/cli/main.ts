/**
 * `pyheap`: runs a Python script on the simulated heap, headless. It prints exactly what the script
 * prints; an uncaught exception prints CPython's traceback on stderr and exits 1. Stdout and stderr
 * are written in the order the script wrote them (outputChunks.ts), as the panel's Output shows them.
 *
 * The run happens in a worker thread with the extension's engine-worker limits
 * (`ENGINE_WORKER_LIMITS`): Node's main thread has about 1 MB of stack, which a Python recursion
 * through dunders (`__repr__` calling `repr(self)`) exhausts before Python's own limit, so on the
 * main thread the CLI would stop where the extension's worker reaches CPython's RecursionError.
 * The main thread reads standard input, starts the worker (`cliWorker.ts`, its own bundle, so the
 * main thread does not load the interpreter) and writes what it answers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ENGINE_WORKER_LIMITS } from '../protocol/workerProtocol';
import { parseArgs, usage, type RunArgs } from './cliArgs';
import type { RunOutput } from './cliWorker';

declare const PYHEAP_VERSION: string | undefined;

function readStdin(): string {
  if (process.stdin.isTTY) return '';
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

/** Runs `args` in a worker with the engine worker's stack and heap; settles with its exit status. */
function runInWorker(args: RunArgs): Promise<number> {
  const worker = new Worker(join(__dirname, 'cliWorker.js'), { workerData: { args, stdin: readStdin() }, resourceLimits: ENGINE_WORKER_LIMITS });
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

void main(process.argv.slice(2)).then((code) => {
  // A run CPython ends by killing itself with SIGINT (uncaught KeyboardInterrupt) ends so here.
  if (code === -2) process.kill(process.pid, 'SIGINT');
  else process.exitCode = code;
});
