/**
 * FunctionTestCase (a plain function as a test) and the module-level loader helpers
 * (getTestCaseNames, makeSuite, findTestCases) that 3.11 and 3.12 still have.
 */
export const FUNCTION_CASE_SOURCE = String.raw`
class FunctionTestCase(TestCase):
    __module__ = 'unittest.case'

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super(FunctionTestCase, self).__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


if _minor < 13:
    def getTestCaseNames(testCaseClass, prefix, sortUsing=_cmp, testNamePatterns=None):
        loader = TestLoader()
        loader.testMethodPrefix = prefix
        loader.testNamePatterns = testNamePatterns
        return loader.getTestCaseNames(testCaseClass)

    def makeSuite(testCaseClass, prefix='test', sortUsing=_cmp, suiteClass=TestSuite):
        loader = TestLoader()
        loader.testMethodPrefix = prefix
        loader.suiteClass = suiteClass
        return loader.loadTestsFromTestCase(testCaseClass)

    def findTestCases(module, prefix='test', sortUsing=_cmp, suiteClass=TestSuite):
        loader = TestLoader()
        loader.testMethodPrefix = prefix
        loader.suiteClass = suiteClass
        return loader.loadTestsFromModule(module)
`;
