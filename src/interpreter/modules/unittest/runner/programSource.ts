/**
 * unittest.main in Python: TestProgram (argv flags, the tests to run, SystemExit's code per version).
 */
export const PROGRAM_SOURCE = String.raw`
class TestProgram(object):
    __module__ = 'unittest.main'

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False, durations=None):
        if isinstance(module, str):
            self.module = _module_named(module)
        else:
            self.module = module
        if argv is None:
            argv = getattr(_sys, 'argv', None) or ['']
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = 'python -m unittest'
        self.parseArgs(argv)
        self.runTests()

    def parseArgs(self, argv):
        names = []
        patterns = []
        args = list(argv[1:])
        while args:
            a = args.pop(0)
            if a in ('-v', '--verbose'):
                self.verbosity = 2
            elif a in ('-q', '--quiet'):
                self.verbosity = 0
            elif a in ('-f', '--failfast'):
                self.failfast = True
            elif a in ('-b', '--buffer'):
                self.buffer = True
            elif a in ('-c', '--catch'):
                self.catchbreak = True
            elif a == '-k' and args:
                patterns.append(args.pop(0))
            else:
                names.append(a)
        if patterns:
            self.testLoader.testNamePatterns = patterns
        if names:
            self.testNames = names
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                testRunner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                                             warnings=self.warnings, tb_locals=self.tb_locals)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            if _minor >= 12:
                if self.result.testsRun == 0 and len(self.result.skipped) == 0:
                    raise SystemExit(5)
                elif self.result.wasSuccessful():
                    raise SystemExit(0)
                else:
                    raise SystemExit(1)
            raise SystemExit(not self.result.wasSuccessful())


main = TestProgram

`;
