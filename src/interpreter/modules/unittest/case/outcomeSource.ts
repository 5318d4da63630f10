/**
 * unittest.case's _Outcome (what one test run collected) with the context managers that run each
 * part of a test (setUp, the method, tearDown, a cleanup) and a subTest block, sorting what they catch.
 */
export const OUTCOME_SOURCE = String.raw`
class _Outcome:
    def __init__(self, result=None):
        self.expecting_failure = False
        self.result = result
        self.result_supports_subtests = hasattr(result, "addSubTest")
        self.success = True
        self.expectedFailure = None

    def part(self, test_case, subtest=False):
        return _Part(self, test_case, subtest)


class _Part:
    def __init__(self, outcome, test_case, subtest):
        self.outcome = outcome
        self.test_case = test_case
        self.subtest = subtest

    def __enter__(self):
        self.old_success = self.outcome.success
        self.outcome.success = True
        return self

    def __exit__(self, exc_type, exc_value, tb):
        outcome = self.outcome
        try:
            if exc_type is None:
                if self.subtest and outcome.success:
                    outcome.result.addSubTest(self.test_case.test_case, self.test_case, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                outcome.success = False
                _add_skip(outcome.result, self.test_case, str(exc_value))
                return True
            if issubclass(exc_type, _ShouldStop):
                return True
            exc_info = (exc_type, exc_value, tb)
            if outcome.expecting_failure:
                outcome.expectedFailure = exc_info
            else:
                outcome.success = False
                if self.subtest:
                    outcome.result.addSubTest(self.test_case.test_case, self.test_case, exc_info)
                else:
                    _add_error(outcome.result, self.test_case, exc_info)
            return True
        finally:
            outcome.success = outcome.success and self.old_success


class _SubTestContext:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        case = self.case
        outcome = case._outcome
        self.active = outcome is not None and outcome.result_supports_subtests
        if not self.active:
            return None
        self.parent = case._subtest
        # unittest's _OrderedChainMap: the innermost subTest's names first, then the outer ones'.
        params = dict(self.params)
        if self.parent is not None:
            for k, v in self.parent.params.items():
                if k not in params:
                    params[k] = v
        case._subtest = _SubTest(case, self.msg, params)
        self.part = outcome.part(case._subtest, True)
        self.part.__enter__()
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if not self.active:
            return False
        case = self.case
        try:
            handled = self.part.__exit__(exc_type, exc_value, tb)
            outcome = case._outcome
            if not outcome.success:
                result = outcome.result
                if result is not None and result.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                raise _ShouldStop
            return handled
        finally:
            case._subtest = self.parent


_subtest_msg_sentinel = object()

`;
