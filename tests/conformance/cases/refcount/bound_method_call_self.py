# Calling a bound method object: 3.11+ unpacks it into function and self and drops it before the call
import sys


class A:
    def m(self):
        return sys.getrefcount(self)

    def __getattr__(self, name):
        return name


class B(A):
    def m(self):
        return super().m()


a = A()
print(a.m(), B().m())
bound = a.m
print(bound(), sys.getrefcount(bound))
