/**
 * except* (CHECK_EG_MATCH, PREP_RERAISE_STAR) and ExceptionGroup.split against CPython 3.11.7,
 * 3.12.1 and 3.13.0: the same scripts printed these lines on the real interpreters.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runOutput as run } from '../session/runChecked';

const recombine = `def run(exc, reraise_type=False):
    try:
        try:
            raise exc
        except* ValueError as e:
            print("V", repr(e))
            raise KeyError("from handler")
        except* TypeError:
            if reraise_type:
                raise
    except BaseException as out:
        print("out", repr(out), repr(out.__context__))
    else:
        print("handled")
run(ValueError(1))
run(TypeError(2))
run(TypeError(2), True)
run(ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)]), True)
run(ExceptionGroup("g", [TypeError(2), ExceptionGroup("n", [OSError(3), TypeError(4)])]), True)
run(ExceptionGroup("g", [TypeError(2)]))
`;

test('what except* re-raises: handlers\' exceptions first, then the unhandled rest projected from the original', () => {
  for (const v of ['3.11', '3.12', '3.13'] as const) {
    assert.equal(run(recombine, v), `V ExceptionGroup('', (ValueError(1),))
out KeyError('from handler') ExceptionGroup('', (ValueError(1),))
handled
out ExceptionGroup('', (TypeError(2),)) None
V ExceptionGroup('g', [ValueError(1)])
out ExceptionGroup('', [KeyError('from handler'), ExceptionGroup('g', [TypeError(2), OSError(3)])]) None
out ExceptionGroup('g', [TypeError(2), ExceptionGroup('n', [OSError(3), TypeError(4)])]) None
handled
`);
  }
});

const split = `import sys
eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ValueError(3)]), KeyError(4)])
eg.add_note("n")
m, r = eg.split(ValueError)
print(repr(m), repr(r), m.__notes__ is eg.__notes__)
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(eg.subgroup(BaseException) is eg, eg.split(OSError))
print(str(eg), sys.getsizeof(eg), sys.getsizeof(BaseExceptionGroup("b", [KeyboardInterrupt()])))
`;

test('split/subgroup keep the nesting, copy the notes, return the group itself when all of it matches', () => {
  assert.equal(run(split, '3.11'), `ExceptionGroup('top', [ValueError(1), ExceptionGroup('mid', [ValueError(3)])]) ExceptionGroup('top', [ExceptionGroup('mid', [TypeError(2)]), KeyError(4)]) False
ExceptionGroup('top', [ExceptionGroup('mid', [TypeError(2)]), KeyError(4)])
True (None, ExceptionGroup('top', [ValueError(1), ExceptionGroup('mid', [TypeError(2), ValueError(3)]), KeyError(4)]))
top (3 sub-exceptions) 112 104
`);
  for (const v of ['3.12', '3.13'] as const) assert.equal(run(split, v), `ExceptionGroup('top', [ValueError(1), ExceptionGroup('mid', [ValueError(3)])]) ExceptionGroup('top', [ExceptionGroup('mid', [TypeError(2)]), KeyError(4)]) False
ExceptionGroup('top', [ExceptionGroup('mid', [TypeError(2)]), KeyError(4)])
True (None, ExceptionGroup('top', [ValueError(1), ExceptionGroup('mid', [TypeError(2), ValueError(3)]), KeyError(4)]))
top (3 sub-exceptions) 120 104
`);
});
