/** `pyheap`'s command line. */
import { cpythonVersions, defaultCPythonVersion, type CPythonVersion } from '../protocol/heapModel';

/** What `pyheap run` was asked to do. */
export interface RunArgs {
  command: 'run';
  script: string;
  python: CPythonVersion;
  report: boolean;
  json: string | null;
  /** The step budget; null for none (the time budget still stops a runaway script). */
  maxSteps: number | null;
  timeoutSeconds: number;
  /** The simulated memory ceiling in MiB. */
  memoryLimitMb: number;
  /** `sys.warnoptions`: PYTHONWARNINGS's entries (warningsFromEnv), then each `-W` option in order. */
  warnOptions: string[];
}

/** Parsed arguments, or what to print instead of running. */
export type CliArgs = RunArgs | { command: 'help' } | { command: 'version' } | { command: 'error'; message: string };

/** The usage text. */
export const usage = `usage: pyheap run SCRIPT.py [--python 3.11|3.12|3.13] [--report] [--json FILE]
                  [--max-steps N] [--timeout SECONDS] [--memory-limit MB] [-W OPTION]...

Runs SCRIPT.py on a simulation of CPython's memory manager and prints what the script prints.
  --python V       the CPython whose memory manager is simulated (default ${defaultCPythonVersion})
  --report         a per-line allocation table on stderr after the run
  --json FILE      the whole report as JSON (schema in README.md)
  --max-steps N    stop after N line steps (default: no step budget, as python3 has none)
  --timeout S      stop after S seconds (default 600)
  --memory-limit M the simulated memory ceiling in MiB: past it MemoryError (default 512)
  -W OPTION        a warning filter as python3 -W takes it (action:message:category:module:lineno);
                   PYTHONWARNINGS is read too, as python3 reads it
Standard input is the script's input(). Exit status: 0 ok, 1 uncaught exception or syntax error,
2 unsupported code or bad arguments, 3 stopped by a budget.`;

/** Parses `argv` (without node and the script). */
export function parseArgs(argv: string[], env: Readonly<Record<string, string | undefined>> = {}): CliArgs {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version') return { command: 'version' };
  if (argv[0] !== 'run') return { command: 'error', message: `unknown command '${argv[0]}'` };
  const out: RunArgs = { command: 'run', script: '', python: defaultCPythonVersion, report: false, json: null, maxSteps: null, timeoutSeconds: 600, memoryLimitMb: 512, warnOptions: warningsFromEnv(env.PYTHONWARNINGS) };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--python') {
        const v = value();
        if (!(cpythonVersions as readonly string[]).includes(v)) return { command: 'error', message: `--python must be one of ${cpythonVersions.join(', ')}` };
        out.python = v as CPythonVersion;
      } else if (a === '--report') out.report = true;
      else if (a === '--json') out.json = value();
      else if (a === '--max-steps') out.maxSteps = positive(a, value());
      else if (a === '--timeout') out.timeoutSeconds = positive(a, value());
      else if (a === '--memory-limit') out.memoryLimitMb = positive(a, value());
      else if (a === '-W') out.warnOptions.push(value());
      else if (a.startsWith('-W')) out.warnOptions.push(a.slice(2));
      else if (a.startsWith('-')) return { command: 'error', message: `unknown option ${a}` };
      else if (out.script === '') out.script = a;
      else return { command: 'error', message: `unexpected argument ${a} (script arguments are not supported)` };
    } catch (e) {
      return { command: 'error', message: (e as Error).message };
    }
  }
  if (out.script === '') return { command: 'error', message: 'run needs a script' };
  return out;
}

function positive(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} needs a positive number`);
  return n;
}

/** `PYTHONWARNINGS` as CPython splits it: comma-separated, empty entries dropped, spaces kept. */
export function warningsFromEnv(value: string | undefined): string[] {
  return (value ?? '').split(',').filter((entry) => entry !== '');
}
