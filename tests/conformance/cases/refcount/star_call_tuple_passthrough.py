# f(*t) passes an exact tuple itself; a list or mixed arguments make a new tuple; **d copies
import sys
def g(a, b):
    return sys.getrefcount(a)
o = object()
t = (o, 2)
print(g(*t), g(*[o, 2]), g(o, *[2]), g(**{'a': o, 'b': 1}))
print(sys.getrefcount(t), sys.getrefcount(o))
class A:
    def m(self, *a, **k):
        return len(a), sorted(k), sys.getrefcount(a) if a else 0
d = {'x': 1, 'y': 2}
print(A().m(*t, **d), A().m(**d), A().m(*t))
