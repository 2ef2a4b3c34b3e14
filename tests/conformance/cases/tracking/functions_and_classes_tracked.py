# functions, classes, modules and bound methods are tracked
import gc, sys
def f():
    pass
class C:
    def m(self):
        pass
print(gc.is_tracked(f), gc.is_tracked(C), gc.is_tracked(sys))
print(gc.is_tracked(C().m), gc.is_tracked(len))
