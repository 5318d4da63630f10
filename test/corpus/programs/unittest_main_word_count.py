# An exercism-style exercise (word count) and its test module run three ways with
# unittest.main: quietly with exit=False, verbose through argv with the SystemExit caught,
# and a class whose setUpClass fails. The report goes to a StringIO whose run time the
# program replaces (CPython prints wall-clock time there).
import io
import re
import sys
import unittest


def count_words(sentence):
    counts = {}
    for word in re.findall(r"[a-z0-9]+(?:'[a-z]+)?", sentence.lower()):
        counts[word] = counts.get(word, 0) + 1
    return counts


class WordCountTest(unittest.TestCase):
    def test_count_one_word(self):
        self.assertEqual(count_words("word"), {"word": 1})

    def test_count_one_of_each_word(self):
        self.assertEqual(count_words("one of each"), {"one": 1, "of": 1, "each": 1})

    def test_multiple_occurrences_of_a_word(self):
        self.assertEqual(
            count_words("one fish two fish red fish blue fish"),
            {"one": 1, "fish": 4, "two": 1, "red": 1, "blue": 1},
        )

    def test_handles_cramped_lists(self):
        self.assertEqual(count_words("one,two,three"), {"one": 1, "two": 1, "three": 1})

    def test_with_apostrophes(self):
        self.assertEqual(
            count_words("'First: don't laugh. Then: don't cry. You're getting it.'"),
            {"first": 1, "don't": 2, "laugh": 1, "then": 1, "cry": 1, "you're": 1, "getting": 1, "it": 1},
        )

    def test_with_quotations(self):
        # The exercise's expected value, which this implementation gets wrong.
        expected = {"joe": 1, "can't": 1, "tell": 1, "between": 1, "large": 1, "and": 1}
        self.assertEqual(count_words("Joe can't tell between 'large' and large."), expected)

    def test_substrings_from_the_beginning(self):
        expected = {"joe": 1, "can't": 1, "tell": 1, "between": 1, "app": 1, "apple": 1, "and": 1, "a": 1}
        self.assertEqual(count_words("Joe can't tell between app, apple and a."), expected)

    @unittest.skipIf(sys.version_info < (3, 0), "needs Python 3")
    def test_unicode(self):
        self.assertEqual(count_words("naïve café"), {"na": 1, "ve": 1, "caf": 1})

    def test_many_sentences(self):
        cases = [("a a", {"a": 2}), ("Go go GO", {"go": 3}), ("x y", {"x": 1})]
        for text, expected in cases:
            with self.subTest(text=text):
                self.assertDictEqual(count_words(text), expected)


@unittest.skipUnless(hasattr(str, "removeprefix"), "3.9+")
class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("database unavailable")

    def test_never_runs(self):
        pass


def report(stream):
    # The run time is wall-clock and tracebacks name the script by its full path in CPython.
    text = re.sub(r'File "[^"]*/', 'File "', stream.getvalue())
    return re.sub(r"in \d+\.\d+s", "in X.XXXs", text)


out = io.StringIO()
program = unittest.main(testRunner=unittest.TextTestRunner(stream=out), exit=False)
print(report(out))
print(type(program).__name__, program.result)

out = io.StringIO()
try:
    unittest.main(argv=["word_count_test", "-v", "WordCountTest"], testRunner=unittest.TextTestRunner(stream=out, verbosity=2))
except SystemExit as e:
    print(report(out))
    print("SystemExit code:", repr(e.code))

out = io.StringIO()
try:
    unittest.main(argv=["word_count_test", "WordCountTest.test_count_one_word"], testRunner=unittest.TextTestRunner(stream=out))
except SystemExit as e:
    print(report(out))
    print("SystemExit code:", repr(e.code))
