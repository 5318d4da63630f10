"""A small bank: an account class hierarchy with properties, custom exceptions and a ledger."""


class BankError(Exception):
    """Base class for everything the bank refuses to do."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}: balance is {account.balance:.2f}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class Account:
    _next_number = 1000
    interest_rate = 0.0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = float(balance)
        self.frozen = False
        self.history = []
        Account._next_number += 1
        self.number = Account._next_number

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount!r}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    def add_interest(self):
        interest = round(self.balance * self.interest_rate, 2)
        if interest:
            self.deposit(interest)
        return interest

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, balance={self.balance:.2f})"

    def __str__(self):
        return f"#{self.number} {self.owner:<8} {self.balance:>10,.2f}"


class SavingsAccount(Account):
    interest_rate = 0.025
    withdrawals_per_month = 3

    def __init__(self, owner, balance=0.0):
        super().__init__(owner, balance)
        self.withdrawals = 0

    def withdraw(self, amount):
        if self.withdrawals >= self.withdrawals_per_month:
            raise BankError(f"{self.owner}: no more than {self.withdrawals_per_month} withdrawals")
        result = super().withdraw(amount)
        self.withdrawals += 1
        return result


class CheckingAccount(Account):
    def __init__(self, owner, balance=0.0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < -self.overdraft:
            raise ValueError("beyond overdraft")
        self._balance = value

    def withdraw(self, amount):
        self._check()
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance


def transfer(source, target, amount):
    try:
        source.withdraw(amount)
    except InsufficientFunds as exc:
        print("  transfer refused:", exc)
        return False
    else:
        target.deposit(amount)
        return True
    finally:
        print(f"  transfer {amount} {source.owner} -> {target.owner} attempted")


accounts = [
    Account("alice", 120),
    SavingsAccount("bob", 1500),
    CheckingAccount("carol", 40, overdraft=200),
]
for acct in accounts:
    print(repr(acct))

print(transfer(accounts[0], accounts[1], 50))
print(transfer(accounts[0], accounts[1], 500))
print(transfer(accounts[2], accounts[0], 180))

for amount in (10, 20, 30, 40):
    try:
        accounts[1].withdraw(amount)
    except BankError as exc:
        print("refused:", exc, "|", type(exc).__name__, isinstance(exc, InsufficientFunds))

accounts[0].frozen = True
try:
    accounts[0].deposit(5)
except AccountFrozen as exc:
    print("frozen:", exc.args)

for bad in (-5, 0):
    try:
        accounts[1].deposit(bad)
    except ValueError as exc:
        print("ValueError:", exc)

try:
    accounts[1].balance = -1
except ValueError as exc:
    print("setter said:", exc)

for acct in accounts:
    print("interest", type(acct).__name__, acct.add_interest())

print("-" * 30)
for acct in sorted(accounts, key=lambda a: a.balance, reverse=True):
    print(acct)
total = sum(a.balance for a in accounts)
print(f"{'total':<14}{total:>16,.2f}")
print(accounts[1].history)
print(SavingsAccount.__mro__)
print([cls.__name__ for cls in InsufficientFunds.__mro__])
print(issubclass(CheckingAccount, Account), isinstance(accounts[2], SavingsAccount))
print(type(Account.balance).__name__, Account.balance.fget.__name__)
