# __del__ defined on a class attribute after creation still runs for existing instances
class C:
    pass
c = C()
C.__del__ = lambda self: print("late __del__")
del c
print("end")
