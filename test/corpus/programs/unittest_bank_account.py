# A small bank account and the tests a teacher writes for it, run with a verbose
# TextTestRunner into a StringIO so the report can be printed (the run time is wall-clock
# in CPython, so the program replaces it before printing).
import io
import re
import unittest


class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("opening balance cannot be negative")
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def interest(self, rate):
        return self.balance * rate / 100


class AccountTest(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        cls.log.append("tearDownClass")

    def setUp(self):
        self.acct = Account("ada", 100)
        self.addCleanup(self.log.append, "cleanup " + self._testMethodName)

    def test_deposit(self):
        """Depositing adds to the balance."""
        self.acct.deposit(50)
        self.assertEqual(self.acct.balance, 150)
        self.assertIn(("deposit", 50), self.acct.history)

    def test_withdraw_too_much(self):
        with self.assertRaises(InsufficientFunds) as cm:
            self.acct.withdraw(500)
        self.assertEqual(str(cm.exception), "ada has only 100")

    def test_negative_deposit(self):
        self.assertRaisesRegex(ValueError, r"must be positive, got -\d+", self.acct.deposit, -5)

    def test_interest(self):
        self.assertAlmostEqual(self.acct.interest(3.3), 3.3)
        self.assertGreater(self.acct.interest(1), 0)

    def test_history_order(self):
        self.acct.deposit(10)
        self.acct.withdraw(30)
        self.assertEqual(self.acct.history, [("deposit", 10), ("withdraw", 20)])

    def test_owner_wrong(self):
        self.assertEqual(self.acct.owner, "Ada", "owner keeps its case")

    def test_broken_helper(self):
        self.acct.withdraw("ten")

    def test_amounts(self):
        for amount in (5, 0, 20, -1):
            with self.subTest(amount=amount):
                self.acct.deposit(amount)

    @unittest.skip("overdraft not implemented")
    def test_overdraft(self):
        self.acct.withdraw(1000)

    @unittest.expectedFailure
    def test_opening_negative(self):
        Account("bob", -1)
        self.assertTrue(True)

    def test_opening_raises(self):
        with self.assertRaises(ValueError):
            Account("bob", -1)
        with self.assertRaises(KeyError):
            Account("eve", 5)


suite = unittest.TestLoader().loadTestsFromTestCase(AccountTest)
print("tests:", suite.countTestCases())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
# Tracebacks name the script by its full path in CPython: keep only the file name.
report = re.sub(r'File "[^"]*/', 'File "', stream.getvalue())
print(re.sub(r"in \d+\.\d+s", "in X.XXXs", report))
print(result)
print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors))
print("skipped", [(t.id(), why) for t, why in result.skipped])
print("expected failures", len(result.expectedFailures), "unexpected", result.unexpectedSuccesses)
print("successful?", result.wasSuccessful())
print(AccountTest.log)
