# True, False and None are singletons produced by every comparison
print((1 == 1) is True, (1 == 2) is False, bool(0) is False)
print(type(None)() is None)
print([].append(1) is None)
print(not None is True)
