# gc.get_referents of an instance: its dict and class before 3.11, what the managed dict shows after
import gc
class C:
    pass
c = C()
c.a = [1]
refs = gc.get_referents(c)
print(sorted(type(r).__name__ for r in refs))
print(any(r is C for r in refs))
