# sorted() makes a new list; list.sort() reorders in place
a = [3, 1, 2]
b = sorted(a)
print(a, b, a is b)
ida = id(a)
a.sort()
print(a, id(a) == ida)
print(sorted("bca"), sorted([3, 1], reverse=True))
