# super() calls, properties, staticmethods and classmethods: per-call gen-0 cost
import gc
gc.collect()
c = gc.get_count
class A:
    def m(self):
        return 1
    @property
    def p(self):
        return 2
    @staticmethod
    def s():
        return 3
    @classmethod
    def k(cls):
        return 4
class B(A):
    def m(self):
        return super().m()
b = B()
a0 = c()[0]; b.m(); a1 = c()[0]; b.p; a2 = c()[0]; B.s(); a3 = c()[0]; B.k(); a4 = c()[0]
print(a1 - a0, a2 - a1, a3 - a2, a4 - a3)
for i in range(700):
    b.m(); b.p; B.k()
print(c())
