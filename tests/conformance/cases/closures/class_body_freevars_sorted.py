# a class body's free variables (its own and its methods') are sorted (dictbytype), __class__ its cell
import sys
def outer():
    zeta = 1
    alpha = 2
    mid = 3
    class C:
        x = zeta
        y = alpha
        z = mid
        print(sys._getframe().f_code.co_freevars, sys._getframe().f_code.co_cellvars)
        def m(self):
            super().__init__()
            return zeta
        def n(self):
            return alpha
    return C
C = outer()
print(C().m(), C().n())
print(C.m.__code__.co_freevars, len(C.m.__closure__))
