# The messages assertEqual builds for strings, lists, tuples, dicts and sets, with and without
# msg=, longMessage off, long reprs shortened, and maxDiff cutting a long diff.
import unittest


class Messages(unittest.TestCase):
    def runTest(self):
        pass


case = Messages()


def show(label, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except AssertionError as e:
        print(f"--- {label}")
        print(e)
    else:
        print(f"--- {label}: passed")


show("ints", case.assertEqual, 1, 2)
show("ints msg", case.assertEqual, 1, 2, "not equal")
show("words", case.assertEqual, "hello", "hallo")
show("short words", case.assertEqual, "a", "b")
show("lines", case.assertEqual, "first line\nsecond line\nthird\n", "first line\nsecond lime\nthird\nfourth\n")
show("list", case.assertEqual, [1, 2, 3], [1, 2, 4])
show("list longer", case.assertEqual, [1, 2, 3, 4], [1, 2])
show("list shorter", case.assertListEqual, [1], [1, "two"])
show("tuple", case.assertEqual, (1, "a"), (1, "b"))
show("dict", case.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3, "c": 4})
show("set", case.assertEqual, {1, 2, 3}, {2, 3, 4})
show("long reprs", case.assertEqual, "x" * 100 + "a", "x" * 100 + "b")
show("long lists", case.assertEqual, list(range(40)), list(range(39)) + [99])
show("not equal", case.assertNotEqual, 3, 3)
show("true", case.assertTrue, [])
show("false", case.assertFalse, "yes", "should be empty")
show("is", case.assertIs, None, 0)
show("is not", case.assertIsNot, True, True)
show("is none", case.assertIsNone, "x")
show("not none", case.assertIsNotNone, None)
show("in", case.assertIn, 5, [1, 2, 3])
show("not in", case.assertNotIn, "a", "cat")
show("isinstance", case.assertIsInstance, 3, str)
show("not isinstance", case.assertNotIsInstance, 3, int)
show("almost", case.assertAlmostEqual, 1.0, 1.1)
show("almost places", case.assertAlmostEqual, 1.0, 1.001, 2)
show("almost delta", case.assertAlmostEqual, 10, 12, delta=1)
show("not almost", case.assertNotAlmostEqual, 1.0, 1.00000001)
show("greater", case.assertGreater, 1, 2)
show("greater equal", case.assertGreaterEqual, 1, 2)
show("less", case.assertLess, 3, 2)
show("less equal", case.assertLessEqual, 3, 2)
show("count", case.assertCountEqual, [1, 1, 2, "x"], [1, 2, 2, "y"])
show("count unhashable", case.assertCountEqual, [[1], [2]], [[1], [1]])
show("regex", case.assertRegex, "hello world", r"^world")
show("not regex", case.assertNotRegex, "hello world", r"o w")
show("raises", case.assertRaises, ValueError, int, "12")
show("raises regex", case.assertRaisesRegex, ValueError, "base 16", int, "zz")
show("fail", case.fail, "custom failure")
show("multi-line", case.assertMultiLineEqual, "a\nb\n", "a\nc\n")
case.longMessage = False
show("longMessage off", case.assertEqual, 1, 2, "only this")
case.maxDiff = 40
show("maxDiff", case.assertEqual, list(range(12)), list(range(1, 13)))
case.maxDiff = None
show("maxDiff None", case.assertEqual, {"k": [1, 2]}, {"k": [1, 3]})
