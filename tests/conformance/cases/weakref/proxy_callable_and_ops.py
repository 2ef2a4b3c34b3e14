# a proxy forwards calls and operators to its referent
import weakref
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
    def __add__(self, other):
        return self.n + other
a = Adder(5)
p = weakref.proxy(a)
print(p(1), p + 2, p.n)
print(type(p).__name__)
