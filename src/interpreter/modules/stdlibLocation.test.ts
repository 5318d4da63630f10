/**
 * Where standard-library modules live, under the stand-in library directory. Expected values from
 * `python3 test/oracle/stdlibFiles.py` on 3.11.7, 3.12.1, 3.13.0 (pyenv's `lib/python3.X/` read as
 * `/usr/lib/python3.X/`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Runtime } from '../../engine/runtime';
import { stdlibLocation } from './stdlibLocation';

for (const version of ['3.11', '3.12', '3.13'] as const) {
  test(`stdlib module files as CPython ${version} has them`, () => {
    const rt = Runtime.create(version);
    const lib = `/usr/lib/python${version}/`;
    assert.equal(stdlibLocation(rt, 'collections'), `${lib}collections/__init__.py`);
    assert.equal(stdlibLocation(rt, 'concurrent.futures'), `${lib}concurrent/futures/__init__.py`);
    assert.equal(stdlibLocation(rt, 'functools'), `${lib}functools.py`);
    assert.equal(stdlibLocation(rt, 'math'), `${lib}lib-dynload/math.cpython-3${version.slice(2)}-x86_64-linux-gnu.so`);
    assert.equal(stdlibLocation(rt, 'collections.abc'), version === '3.13' ? `${lib}_collections_abc.py` : `${lib}collections/abc.py`);
    for (const builtIn of ['itertools', 'time', 'gc', 'sys', 'builtins', 'faulthandler']) assert.equal(stdlibLocation(rt, builtIn), null);
    // test/oracle/stdlibKinds.py: unicodedata is a shared library, sqlite3 a package, zipfile one from 3.12.
    assert.equal(stdlibLocation(rt, 'unicodedata'), `${lib}lib-dynload/unicodedata.cpython-3${version.slice(2)}-x86_64-linux-gnu.so`);
    assert.equal(stdlibLocation(rt, 'sqlite3'), `${lib}sqlite3/__init__.py`);
    assert.equal(stdlibLocation(rt, 'zipfile'), version === '3.11' ? `${lib}zipfile.py` : `${lib}zipfile/__init__.py`);
  });
}
