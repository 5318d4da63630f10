/** Reads the extension's settings (`pythonHeap.*` in package.json). */
import * as vscode from 'vscode';
import { cpythonVersions, defaultCPythonVersion, type CPythonVersion } from '../protocol/heapModel';

/** The settings, validated. */
export interface HeapSettings {
  cpythonVersion: CPythonVersion;
  codeLensEnabled: boolean;
  pythonPath: string;
  maxSteps: number;
  timeoutSeconds: number;
  /** The simulated memory ceiling (MiB). */
  memoryLimitMb: number;
}

/** The settings now, with defaults for anything missing or invalid. */
export function readSettings(): HeapSettings {
  const config = vscode.workspace.getConfiguration('pythonHeap');
  const version = config.get<string>('cpythonVersion', defaultCPythonVersion);
  return {
    cpythonVersion: (cpythonVersions as readonly string[]).includes(version)
      ? (version as CPythonVersion)
      : defaultCPythonVersion,
    codeLensEnabled: config.get<boolean>('codeLens.enabled', true),
    pythonPath: config.get<string>('pythonPath', ''),
    maxSteps: Math.max(1000, config.get<number>('maxSteps', 50_000_000)),
    timeoutSeconds: Math.max(1, config.get<number>('timeoutSeconds', 120)),
    memoryLimitMb: Math.min(2048, Math.max(16, config.get<number>('memoryLimitMb', 512))),
  };
}
