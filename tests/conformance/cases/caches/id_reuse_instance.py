# whether the next instance of a class takes a freed instance's memory (yes before 3.13)
class C:
    pass
c = C()
i = id(c)
del c
c2 = C()
print(id(c2) == i)
