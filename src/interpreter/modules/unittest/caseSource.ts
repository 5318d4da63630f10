import { ASSERT_CONTAINER_SOURCE } from './case/assertContainerSource';
import { ASSERT_ORDER_SOURCE } from './case/assertOrderSource';
import { ASSERT_SOURCE } from './case/assertSource';
import { CONTEXTS_SOURCE } from './case/contextsSource';
import { COUNT_DIFF_SOURCE } from './case/countDiffSource';
import { MESSAGES_SOURCE } from './case/messagesSource';
import { OUTCOME_SOURCE } from './case/outcomeSource';
import { SKIP_SOURCE } from './case/skipSource';
import { TEST_CASE_SOURCE } from './case/testCaseSource';

/**
 * unittest.case in Python, run by the simulation when unittest is imported: TestCase (fixtures,
 * outcomes, subTest, cleanups, the assert methods with CPython's failure messages, which are
 * CPython's documented behaviour; the text is our own), SkipTest and the skip decorators.
 * `_format_err` and `_minor` are given by unittestModule.ts. One piece per concept in case/.
 *
 * Each piece opens and closes with a newline, so the seam between two pieces is one blank line;
 * a piece that ends a top-level definition keeps one more blank line at its end (PEP 8's two).
 * The order matters: a piece may use at import time only what an earlier one defines.
 */
export const CASE_SOURCE = [
  MESSAGES_SOURCE,
  SKIP_SOURCE,
  OUTCOME_SOURCE,
  TEST_CASE_SOURCE,
  ASSERT_SOURCE,
  ASSERT_CONTAINER_SOURCE,
  ASSERT_ORDER_SOURCE,
  COUNT_DIFF_SOURCE,
  CONTEXTS_SOURCE,
].join('');
