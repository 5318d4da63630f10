/**
 * Where a standard-library module lives, as its `__file__` under the stand-in library directory
 * `/usr/lib/python3.X/` (the corpus's generate.py writes that in place of the interpreter's own
 * `lib/python3.X/`, as for doctest's and threading's frames): what "cannot import name 'x' from
 * 'collections' (...)" prints. Measured with `importlib.import_module(n).__file__` on 3.11.7,
 * 3.12.1, 3.13.0 (pyenv builds: math, cmath and array are shared libraries in lib-dynload); the
 * kinds of every top-level module from test/oracle/stdlibKinds.py.
 */
import type { Runtime } from '../../engine/runtime';

/** Modules compiled into the interpreter: no file, "(unknown location)". */
const BUILT_IN: ReadonlySet<string> = new Set(['builtins', 'sys', 'gc', 'itertools', 'time', 'marshal', 'posix', 'errno', 'atexit', 'faulthandler', 'pwd']);

/** Modules frozen into the interpreter (their `__file__` is still the library's `.py`). */
const FROZEN: ReadonlySet<string> = new Set(['abc', 'codecs', 'genericpath', 'io', 'ntpath', 'os', 'posixpath', 'runpy', 'site', 'stat', 'zipimport']);

/** Whether `name` is a frozen module: `repr` says "(frozen)", find_spec's origin is 'frozen'. */
export function isFrozenModule(name: string): boolean {
  return FROZEN.has(name);
}

/** Shared-library modules in `lib-dynload/`. */
const DYNLOAD: ReadonlySet<string> = new Set([
  'array', 'audioop', 'binascii', 'cmath', 'fcntl', 'grp', 'math', 'mmap', 'nis', 'ossaudiodev', 'pyexpat', 'readline',
  'resource', 'select', 'spwd', 'syslog', 'termios', 'unicodedata', 'zlib',
]);

/** Packages: `NAME/__init__.py`. */
const PACKAGES: ReadonlySet<string> = new Set([
  'asyncio', 'collections', 'concurrent', 'concurrent.futures', 'ctypes', 'curses', 'dbm', 'email', 'encodings', 'ensurepip',
  'html', 'http', 'idlelib', 'importlib', 'json', 'lib2to3', 'logging', 'multiprocessing', 'pydoc_data', 're', 'sqlite3',
  'tkinter', 'tomllib', 'turtledemo', 'unittest', 'urllib', 'venv', 'wsgiref', 'xml', 'xmlrpc', 'zoneinfo',
]);

/** Packages from one version on (`zipfile` 3.12, `pathlib` and `sysconfig` 3.13). */
const PACKAGES_SINCE: Readonly<Record<string, number>> = { zipfile: 12, pathlib: 13, sysconfig: 13 };

/** The module's file, or null for a built-in one (and for names that are not standard-library modules). */
export function stdlibLocation(rt: Runtime, name: string): string | null {
  if (BUILT_IN.has(name) || name.startsWith('_') && name !== '__future__') return null;
  const version = rt.profile.version;
  const lib = `/usr/lib/python${version}/`;
  const minor = version.slice(2);
  if (DYNLOAD.has(name)) return `${lib}lib-dynload/${name}.cpython-3${minor}-x86_64-linux-gnu.so`;
  if (PACKAGES.has(name) || Number(minor) >= (PACKAGES_SINCE[name] ?? 99)) return `${lib}${name.replace(/\./g, '/')}/__init__.py`;
  // 3.13's collections/abc.py is gone: `collections.abc` is `_collections_abc` under another name.
  if (name === 'collections.abc' && version === '3.13') return `${lib}_collections_abc.py`;
  return `${lib}${name.replace(/\./g, '/')}.py`;
}
