import { BASE_SUITE_SOURCE } from './runner/baseSuiteSource';
import { FUNCTION_CASE_SOURCE } from './runner/functionCaseSource';
import { LOADER_SOURCE } from './runner/loaderSource';
import { PROGRAM_SOURCE } from './runner/programSource';
import { RESULT_SOURCE } from './runner/resultSource';
import { SUITE_SOURCE } from './runner/suiteSource';
import { TEXT_RUNNER_SOURCE } from './runner/textRunnerSource';

/**
 * unittest's result, suite, loader, runner and main in Python, run by the simulation after
 * caseSource.ts in the same namespace: TestResult (the counts CPython keeps), TestSuite with the
 * class and module fixtures, TestLoader (test methods sorted by name), TextTestResult and
 * TextTestRunner writing CPython's report, and main/TestProgram (argv flags, SystemExit's code).
 * `_format_err` (a traceback without unittest's own frames) comes from unittestModule.ts.
 * One piece per concept in runner/.
 *
 * Each piece opens and closes with a newline, so the seam between two pieces is one blank line;
 * a piece that ends a top-level definition keeps one more blank line at its end (PEP 8's two).
 * The order matters: a piece may use at import time only what an earlier one defines.
 */
export const RUNNER_SOURCE = [
  RESULT_SOURCE,
  BASE_SUITE_SOURCE,
  SUITE_SOURCE,
  LOADER_SOURCE,
  TEXT_RUNNER_SOURCE,
  PROGRAM_SOURCE,
  FUNCTION_CASE_SOURCE,
].join('');
