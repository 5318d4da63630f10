# unittest's less common paths: module fixtures, a skipped class, skipTest, FunctionTestCase,
# assertRaises as a call, nested and erroring subTests, chained errors, tuple and long-text
# diffs (maxDiff), the trailing-newline rule of 3.12+, and the loader/suite errors.
import io, re, unittest

def setUpModule():
    print("setUpModule")

def tearDownModule():
    print("tearDownModule")

@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass

class Edge(unittest.TestCase):
    def test_not_raised_by(self):
        self.assertRaises(ValueError, len, [1])

    def test_long_text(self):
        a = "\n".join("line %d" % i for i in range(60))
        b = a.replace("line 30", "line thirty")
        self.assertEqual(a, b)

    def test_skip_inside(self):
        self.skipTest("later")

    def test_tuple(self):
        self.assertTupleEqual((1, 2), (1, 2, 3))

    def test_chained(self):
        try:
            {}["k"]
        except KeyError:
            raise ValueError("bad")

    def test_sub_nested(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                self.fail("inner")

    def test_subtest_error(self):
        with self.subTest():
            1 / 0

def plain():
    assert 1 == 2, "plain assert"

suite = unittest.TestSuite()
suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(Skipped))
suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(Edge))
suite.addTest(unittest.FunctionTestCase(plain))
out = io.StringIO()
r = unittest.TextTestRunner(stream=out, verbosity=2).run(suite)
print(re.sub(r'File "[^"]*/', 'File "', re.sub(r"\d+\.\d+s", "X", out.getvalue())))
print(r.testsRun, len(r.skipped), len(r.errors), len(r.failures))
print(repr(Edge("test_tuple")), Edge("test_tuple").id(), str(Edge("test_tuple")))
try:
    Edge("nope")
except ValueError as e:
    print(e)
try:
    suite.addTest(Edge)
except TypeError as e:
    print(e)
c = Edge("test_tuple")
for a, b in [("a\nb", "a\nb\n"), ("", "x"), ("x", ""), ("a\nb", "a\nc"), ("one", "two\n")]:
    try:
        c.assertEqual(a, b)
    except AssertionError as e:
        print(repr(str(e)))
