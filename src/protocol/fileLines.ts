/**
 * Which footprints belong to the file an editor shows. A run's footprints hold the script's own
 * lines (no `file`) and the lines of modules it imported from beside it (`file`: their absolute
 * path). An editor draws only its own file's entries, so helper.py's line 3 never lands on the
 * script's line 3.
 */
import type { LineFootprint } from './heapModel';

/**
 * The footprints to draw in the editor of `documentPath`, for a run of `scriptPath`: the script's
 * own entries in the script's editor, a module's entries (matched by absolute path) in its editor.
 */
export function footprintsOfFile(footprints: readonly LineFootprint[], scriptPath: string, documentPath: string): LineFootprint[] {
  if (samePath(documentPath, scriptPath)) return footprints.filter((f) => f.file === undefined);
  return footprints.filter((f) => f.file !== undefined && samePath(f.file, documentPath));
}

/** A place as people read it: `7` for the script's line, `helper.py:7` for a module's. */
export function formatPlace(line: number, file?: string): string {
  return file === undefined ? String(line) : `${baseName(file)}:${line}`;
}

/** The last part of a path (either slash). */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** Whether two absolute paths name the same file (a Windows drive path compares without case). */
export function samePath(a: string, b: string): boolean {
  if (a === b) return true;
  const windows = /^[A-Za-z]:[\\/]/;
  return windows.test(a) && windows.test(b) && a.replace(/\//g, '\\').toLowerCase() === b.replace(/\//g, '\\').toLowerCase();
}
