# gc.garbage with DEBUG_SAVEALL: collected cycles are kept in gc.garbage for inspection
import gc
gc.collect()
gc.disable()


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.history = []

    def deposit(self, amount):
        self.history.append((amount, self))

    def __repr__(self):
        return "Account(%r)" % self.owner


def leak(name):
    acct = Account(name)
    acct.deposit(10)
    acct.deposit(5)
    return sum(a for a, _ in acct.history)


print([leak(n) for n in ("ann", "bob")])
gc.set_debug(gc.DEBUG_SAVEALL)
found = gc.collect()
print("found", found, "garbage", len(gc.garbage))
kinds = {}
for obj in gc.garbage:
    kinds[type(obj).__name__] = kinds.get(type(obj).__name__, 0) + 1
print(sorted(kinds.items()))
accounts = sorted((o for o in gc.garbage if isinstance(o, Account)), key=lambda o: o.owner)
print(accounts, [len(a.history) for a in accounts])
del accounts
gc.garbage.clear()
gc.set_debug(0)
print("after clear", gc.collect(), gc.garbage)
print("debug flags", gc.get_debug(), gc.DEBUG_SAVEALL, gc.DEBUG_LEAK & gc.DEBUG_SAVEALL != 0)
gc.enable()
