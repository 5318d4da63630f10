/**
 * Runs a script under the user's real CPython with tracemalloc (media/python/tracemallocRunner.py)
 * and reads back per-line retained bytes, so the panel can show the simulation beside the judge.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RealCPythonRun, RealLineRetained } from '../../protocol/panelProtocol';

/** What the runner script writes. */
interface RunnerReport {
  version: string;
  exitCode: number;
  tracedCurrent: number;
  tracedPeak: number;
  lines: RealLineRetained[];
}

/** How to run the real interpreter. */
export interface RealRunOptions {
  /** Interpreter to run (`python3` when empty). */
  python: string;
  /** Absolute path of tracemallocRunner.py. */
  runnerPath: string;
  /** Absolute path of the script. */
  scriptPath: string;
  /** The run is killed after this long. */
  timeoutMs: number;
  /** Aborts the run. */
  signal?: AbortSignal;
}

/** Runs the script and resolves with the measurement; rejects with a readable reason. */
export async function runUnderRealCPython(options: RealRunOptions): Promise<RealCPythonRun> {
  const python = options.python || 'python3';
  const dir = await mkdtemp(join(tmpdir(), 'pyheap-'));
  const outPath = join(dir, 'report.json');
  try {
    const { stdout, stderr, code } = await runProcess(python, [options.runnerPath, outPath, options.scriptPath], options);
    let report: RunnerReport;
    try {
      report = JSON.parse(await readFile(outPath, 'utf8')) as RunnerReport;
    } catch {
      throw new Error(`${python} ran but produced no tracemalloc report (exit ${code}): ${stderr.trim().split('\n').pop() ?? ''}`);
    }
    return {
      python, version: report.version, stdout, stderr, exitCode: report.exitCode, lines: report.lines,
      tracedCurrent: report.tracedCurrent, tracedPeak: report.tracedPeak,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runProcess(
  command: string, args: string[], options: RealRunOptions,
): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: join(options.scriptPath, '..'), stdio: ['ignore', 'pipe', 'pipe'], signal: options.signal });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new Error(e.code === 'ENOENT' ? `no Python found at '${command}' (set pythonHeap.pythonPath)` : e.message));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') reject(new Error(`the real CPython run took longer than ${options.timeoutMs / 1000} s and was stopped`));
      else resolve({ stdout, stderr, code: code ?? 0 });
    });
  });
}
