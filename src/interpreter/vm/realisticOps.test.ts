/**
 * The str methods of strTransforms.ts, UNPACK_EX and the match instructions (matchOps.ts) and a
 * dict subclass holding attributes: test/oracle/realisticOpsProbe.py runs on the simulation and
 * must print what CPython 3.11.7, 3.12.1 and 3.13.0 printed (the same text on all three).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from '../session/runSession';
import { checkHeapSelf } from '../session/heapSelfCheck';

const PROBE = "\"\"\"The str methods of objects/strTransforms.ts, star-unpacking and match (vm/matchOps.ts) and\nattributes on a dict subclass, as realisticOps.test.ts expects them: the same output under\nCPython 3.11.7, 3.12.1 and 3.13.0 (PYENV_VERSION=3.12.1 python3 test/oracle/realisticOpsProbe.py).\"\"\"\nimport gc\nprint(\"  a  b c  \".split(None, 1), \"  a  b c  \".rsplit(None, 1), \"a,b,c\".rsplit(\",\", 1), \"a,b,c\".split(\",\", 0), \"\".split(\",\"), \"\".split())\nprint(\"aaaa\".replace(\"a\", \"b\", 2), \"abc\".replace(\"\", \"-\"), \"abc\".replace(\"\", \"-\", 2), \"x\\ty\\tz\".expandtabs(3), \"a\\r\\nb\\rc\\n\".splitlines(True))\nprint(\"hello\".startswith(\"ell\", 1), \"hello\".endswith(\"ell\", 0, 4), \"hello\".startswith((\"x\", \"h\")), \"Ab Cd\".istitle(), \"ab_1\".isidentifier(), \"1ab\".isidentifier())\nprint(\"abc\".translate({97: \"xy\", 98: None}), \"\u00df\".casefold(), \"abc\".removeprefix(\"ab\"), \"abc\".removesuffix(\"\"))\nfor bad in [lambda: \"a\".split(\"\"), lambda: str.maketrans(\"ab\", \"c\"), lambda: \"a\".translate({97: 3.5}), lambda: \"abc\".startswith(1)]:\n    try:\n        bad()\n    except (ValueError, TypeError) as e:\n        print(type(e).__name__, e)\ntry:\n    a, *b, c = [1]\nexcept ValueError as e:\n    print(\"ValueError\", e)\n*a, b = range(3)\nprint(a, b)\nclass P:\n    __match_args__ = (\"x\",)\n    def __init__(self):\n        self.x = 1\ndef m(v):\n    match v:\n        case P(1): return \"P1\"\n        case int(n) if n > 3: return f\"big {n}\"\n        case {\"k\": 1, **rest}: return f\"map {rest}\"\n        case [1, *rest]: return f\"seq {rest}\"\n        case str() | float(): return \"text\"\n    return \"none\"\nprint([m(v) for v in (P(), 5, 2, {\"k\": 1, \"z\": 2}, [1, 2, 3], (1,), \"s\", {\"k\": 2})])\ntry:\n    match 1:\n        case int(1, 2): pass\nexcept TypeError as e:\n    print(\"TypeError\", e)\ntry:\n    match P():\n        case P(1, 2): pass\nexcept TypeError as e:\n    print(\"TypeError\", e)\nclass D(dict):\n    pass\nd = D(a=1)\nd.me = d\nd.tag = \"t\"\nprint(vars(d), d, d.tag)\ndel d\nprint(gc.collect() >= 1)\n";

const EXPECTED = "['a', 'b c  '] ['  a  b', 'c'] ['a,b', 'c'] ['a,b,c'] [''] []\nbbaa -a-b-c- -a-bc x  y  z ['a\\r\\n', 'b\\r', 'c\\n']\nTrue True True True True False\nxyc ss c abc\nValueError empty separator\nValueError the first two maketrans arguments must have equal length\nTypeError character mapping must return integer, None or str\nTypeError startswith first arg must be str or a tuple of str, not int\nValueError not enough values to unpack (expected at least 2, got 1)\n[0, 1] 2\n['P1', 'big 5', 'none', \"map {'z': 2}\", 'seq [2, 3]', 'seq []', 'text', 'none']\nTypeError int() accepts 1 positional sub-pattern (2 given)\nTypeError P() accepts 1 positional sub-pattern (2 given)\n{'me': {'a': 1}, 'tag': 't'} {'a': 1} t\nTrue\n";

test('str transforms, star-unpacking, match patterns and dict-subclass attributes match CPython 3.11-3.13', () => {
  for (const version of ['3.11', '3.12', '3.13'] as const) {
    const s = new RunSession({ source: PROBE, filename: 'realisticOpsProbe.py', version, maxSteps: 1_000_000 });
    s.continue();
    checkHeapSelf(s);
    assert.equal(s.stdout, EXPECTED, version);
  }
});
