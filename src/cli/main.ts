/**
 * `pyheap`: runs a Python script on the simulated heap, headless. It prints exactly what the script
 * prints; an uncaught exception prints CPython's traceback on stderr and exits 1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RunSession } from '../interpreter/session/runSession';
import { buildReport } from '../protocol/report';
import { parseArgs, usage, type RunArgs } from './cliArgs';
import { formatReportTable } from './reportTable';

declare const PYHEAP_VERSION: string | undefined;

function readStdin(): string {
  if (process.stdin.isTTY) return '';
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

function run(args: RunArgs): number {
  let source: string;
  const path = resolve(args.script);
  try {
    source = readFileSync(path, 'utf8');
  } catch (e) {
    process.stderr.write(`pyheap: can't open file '${path}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  const session = new RunSession({
    source, filename: path, version: args.python, stdin: readStdin(), maxSteps: args.maxSteps, timeoutMs: args.timeoutSeconds * 1000,
    memoryLimitBytes: args.memoryLimitMb * 1024 * 1024,
  });
  session.continue();
  process.stdout.write(session.stdout);
  if (session.stderr) process.stderr.write(session.stderr);
  if (session.error) process.stderr.write(session.error);
  const state = session.state(0);
  if (args.report) process.stderr.write(formatReportTable(state.footprints, source.split(/\r?\n/), state.gcHistory));
  if (args.json) {
    const report = buildReport({
      script: path, python: args.python, status: session.status, steps: session.step, lines: state.footprints,
      heap: state.heap.summary, gc: state.gcHistory, stdout: session.stdout, error: session.error,
    });
    writeFileSync(args.json, JSON.stringify(report, null, 2) + '\n');
  }
  switch (session.outcome) {
    case 'ok': return 0;
    case 'exception': case 'syntax-error': return 1;
    case 'unsupported': return 2;
    case 'stopped': return 3;
  }
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
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
      return run(args);
  }
}

process.exitCode = main(process.argv.slice(2));
