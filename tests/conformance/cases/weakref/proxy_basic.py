# a proxy forwards attribute access and raises ReferenceError after the referent dies
import weakref
class C:
    def __init__(self):
        self.x = 5
c = C()
p = weakref.proxy(c)
print(p.x)
del c
try:
    p.x
except ReferenceError as e:
    print("ReferenceError:", e)
