/**
 * unittest.loader in Python: TestLoader (test methods sorted by name, -k patterns) and
 * defaultTestLoader.
 */
export const LOADER_SOURCE = String.raw`
def _cmp(x, y):
    return (x > y) - (x < y)


class TestLoader(object):
    __module__ = 'unittest.loader'
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(_cmp)
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        testCaseNames = self.getTestCaseNames(testCaseClass)
        if not testCaseNames and hasattr(testCaseClass, 'runTest'):
            testCaseNames = ['runTest']
        return self.suiteClass(map(testCaseClass, testCaseNames))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            module = _module_named(parts[0])
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(parent, type) and issubclass(parent, TestCase):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, TestSuite):
                return test
            if isinstance(test, TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def shouldInclude(attrname):
            if not attrname.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            fullName = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, attrname)
            return patterns is None or any(_fnmatch(fullName, p) for p in patterns)
        names = [n for n in dir(testCaseClass) if shouldInclude(n)]
        compare = self.sortTestMethodsUsing
        if compare is _cmp:
            names.sort()
        elif compare:
            import functools
            names.sort(key=functools.cmp_to_key(compare))
        return names


def _fnmatch(name, pattern):
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    rx = ''.join('.*' if c == '*' else '.' if c == '?' else _re.escape(c) for c in pattern)
    return _re.fullmatch(rx, name, _re.DOTALL) is not None


defaultTestLoader = TestLoader()

`;
