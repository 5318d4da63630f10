# A stack class and its tests run by a plain unittest.main() whose report goes to a StringIO
# (the program normalises the wall-clock time before printing it); the SystemExit that main
# raises is not caught, so the exit status of the run is unittest's own: 1 here, as a test fails.
import io
import re
import unittest


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def __len__(self):
        return len(self._items)


class StackTest(unittest.TestCase):
    def setUp(self):
        self.stack = Stack()

    def tearDown(self):
        if len(self.stack) > 2:
            raise RuntimeError("tearDown found a leftover stack")

    def test_push_pop(self):
        self.stack.push(1)
        self.stack.push(2)
        self.assertEqual(self.stack.pop(), 2)
        self.assertEqual(len(self.stack), 1)

    def test_pop_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.stack.pop()
        self.assertEqual(cm.exception.args, ("pop from empty stack",))
        print("traceback kept:", cm.exception.__traceback__)

    def test_peek_empty(self):
        try:
            self.stack.peek()
        except IndexError as e:
            raise LookupError("peek on an empty stack") from e

    def test_leftovers(self):
        for i in range(3):
            self.stack.push(i)
        self.assertIs(self.stack.peek(), 2)

    def test_order(self):
        for word in "abc":
            self.stack.push(word)
        popped = [self.stack.pop() for _ in range(3)]
        self.assertListEqual(popped, ["c", "b", "a"])
        self.assertCountEqual(popped, "abc")


class EmptyCase(unittest.TestCase):
    pass


buffer = io.StringIO()
empty = unittest.TextTestRunner(stream=buffer).run(unittest.TestLoader().loadTestsFromTestCase(EmptyCase))
print(re.sub(r"\d+\.\d+s", "X.XXXs", buffer.getvalue()))
print("empty run successful:", empty.wasSuccessful(), empty.testsRun)

buffer = io.StringIO()
try:
    unittest.main(testRunner=unittest.TextTestRunner(stream=buffer, verbosity=2))
finally:
    # The run time is wall-clock and tracebacks name the script by its full path in CPython.
    print(re.sub(r"\d+\.\d+s", "X.XXXs", re.sub(r'File "[^"]*/', 'File "', buffer.getvalue())))
