# bank accounts with transactions, a class-level id counter, __str__/__repr__ and error handling
import gc
gc.collect()


class InsufficientFunds(Exception):
    pass


class Account:
    next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.transactions = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.transactions.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount
        self.transactions.append(("withdraw", amount))

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

    def __str__(self):
        return f"#{self.id} {self.owner}: {self.balance:,.2f}"

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance!r})"


alice = Account("alice", 100)
bob = Account("bob")
alice.deposit(50.5)
alice.transfer(bob, 70)
for amount in (500, -5):
    try:
        bob.withdraw(amount) if amount > 0 else bob.deposit(amount)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e)
    except ValueError as e:
        print("ValueError:", e)
print(alice, bob, sep="\n")
print([alice, bob], alice.transactions, bob.transactions)
accounts = [alice, bob, Account("carol", 1234567.891)]
print("\n".join(str(a) for a in sorted(accounts, key=lambda a: a.balance, reverse=True)))
print("total", sum(a.balance for a in accounts), "next id", Account.next_id)
summary = {a.owner: len(a.transactions) for a in accounts}
print(summary, max(summary, key=summary.get))
print(gc.collect())
