# __del__ resurrecting another member of the cycle keeps that part alive
import gc
gc.collect()
gc.disable()
keep = []
class A:
    def __del__(self):
        print("A.__del__")
        keep.append(self.b)
class B:
    def __del__(self):
        print("B.__del__")
a = A()
a.b = B()
a.b.a = a
del a
print("collected", gc.collect())
print(len(keep), type(keep[0]).__name__)
