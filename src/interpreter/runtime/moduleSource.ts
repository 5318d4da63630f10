/**
 * The host's side of importing the script's own modules: the interpreter never reads files, so
 * the CLI (from disk) and the engine worker (from the workspace) hand it a finder that returns the
 * source of a module by its full dotted name, looked up beside the script as `sys.path[0]` is.
 */

/** One module's source as the host found it. */
export interface ModuleSource {
  /** Absolute path: `co_filename` and `__file__`; a package's ends in `__init__.py`. */
  path: string;
  /** The file's text. */
  source: string;
}

/**
 * Finds `name` (`helper`, `pkg`, `pkg.mod`) beside the script: `NAME.py`, else `NAME/__init__.py`,
 * a dotted name looked up inside its package's folder. Undefined when there is no such file.
 */
export type FindModuleSource = (name: string) => ModuleSource | undefined;

/** Whether `path` is a package's `__init__.py`. */
export function isPackageInit(path: string): boolean {
  return /[\\/]__init__\.py$/.test(path);
}
