# empty lists, dicts and sets are never shared
print([] is [], {} is {}, set() is set())
a = []
b = list()
print(a is b)
