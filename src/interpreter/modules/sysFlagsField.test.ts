/**
 * `dataclasses.Field` (the type of what `fields()` lists) and `sys.flags`, against CPython 3.11.7,
 * 3.12.1 and 3.13.0 run as `python3 script.py` with PYTHONHASHSEED=0 (3.13 prints as 3.12).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from '../session/runSession';

const SOURCE = 'import dataclasses, sys\n@dataclasses.dataclass\nclass P:\n    x: int\n    y: float = 0.5\nf = dataclasses.fields(P)[1]\nprint(isinstance(f, dataclasses.Field), type(f) is dataclasses.Field, dataclasses.Field.__name__, f.name, f.default, sys.getsizeof(f))\nprint(sys.flags)\nfl = sys.flags\nprint(fl.optimize, fl.dev_mode, fl.int_max_str_digits, len(fl), type(fl).__name__, fl[0], isinstance(fl, tuple))\n';

const EXPECTED_311 = 'True True Field y 0.5 120\nsys.flags(debug=0, inspect=0, interactive=0, optimize=0, dont_write_bytecode=0, no_user_site=0, no_site=0, ignore_environment=0, verbose=0, bytes_warning=0, quiet=0, hash_randomization=0, isolated=0, dev_mode=False, utf8_mode=0, warn_default_encoding=0, safe_path=False, int_max_str_digits=-1)\n0 False -1 18 flags 0 True\n';
const EXPECTED_312 = 'True True Field y 0.5 120\nsys.flags(debug=0, inspect=0, interactive=0, optimize=0, dont_write_bytecode=0, no_user_site=0, no_site=0, ignore_environment=0, verbose=0, bytes_warning=0, quiet=0, hash_randomization=0, isolated=0, dev_mode=False, utf8_mode=0, warn_default_encoding=0, safe_path=False, int_max_str_digits=4300)\n0 False 4300 18 flags 0 True\n';

test('dataclasses.Field and sys.flags match each version', () => {
  for (const version of ['3.11', '3.12', '3.13'] as const) {
    const s = new RunSession({ source: SOURCE, filename: 'script.py', version, maxSteps: 1_000_000 });
    s.continue();
    assert.equal(s.stdout, version === '3.11' ? EXPECTED_311 : EXPECTED_312, version);
  }
});
