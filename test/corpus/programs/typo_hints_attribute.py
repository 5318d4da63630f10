# A bank-account class whose caller misspells a method: the uncaught AttributeError's last line
# carries the interpreter's "Did you mean" hint, found among dir(account).


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError('insufficient funds')
        self.balance -= amount
        return self.balance


acct = Account('ada', 100)
print(acct.deposit(50), acct.withdraw(30))
try:
    acct.withdraw(500)
except ValueError as e:
    print('refused:', e)
print(acct.balnce)
