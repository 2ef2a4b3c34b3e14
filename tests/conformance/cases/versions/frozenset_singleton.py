# the empty frozenset is a shared singleton in 3.8 and 3.9 only
a = frozenset()
b = frozenset([])
c = frozenset(())
print(a is b, b is c)
print(frozenset() is frozenset())
