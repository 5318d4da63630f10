/**
 * TestCase's ordering, None, isinstance and regex asserts (the last methods of its body), then the
 * deprecated aliases (failUnlessEqual, assertEquals, ...) that 3.11 still has.
 */
export const ASSERT_ORDER_SOURCE = String.raw`
    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, '%s not greater than or equal to %s' % (safe_repr(a), safe_repr(b))))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % (safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is not an instance of %r' % (safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is an instance of %r' % (safe_repr(obj), cls)))

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, (str, bytes)):
            expected_regex = _re.compile(expected_regex)
        if not expected_regex.search(text):
            standardMsg = "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text)
            raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = _re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            standardMsg = 'Regex matched: %r matches %r in %r' % (text[match.start() : match.end()], unexpected_regex.pattern, text)
            raise self.failureException(self._formatMessage(msg, standardMsg))


if _minor < 12:
    for _alias, _name in (('failUnlessEqual', 'assertEqual'), ('assertEquals', 'assertEqual'),
                          ('failIfEqual', 'assertNotEqual'), ('assertNotEquals', 'assertNotEqual'),
                          ('failUnlessAlmostEqual', 'assertAlmostEqual'), ('assertAlmostEquals', 'assertAlmostEqual'),
                          ('failIfAlmostEqual', 'assertNotAlmostEqual'), ('assertNotAlmostEquals', 'assertNotAlmostEqual'),
                          ('failUnless', 'assertTrue'), ('assert_', 'assertTrue'), ('failIf', 'assertFalse'),
                          ('failUnlessRaises', 'assertRaises'), ('assertRaisesRegexp', 'assertRaisesRegex'),
                          ('assertRegexpMatches', 'assertRegex'), ('assertNotRegexpMatches', 'assertNotRegex')):
        setattr(TestCase, _alias, getattr(TestCase, _name))

`;
