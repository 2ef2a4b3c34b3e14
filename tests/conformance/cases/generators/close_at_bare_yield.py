# close() of a generator suspended at a yield no try/with encloses: 3.8-3.12 throw GeneratorExit
# (the for loop's iterator goes as the body unwinds; the frame object, still referenced, keeps the
# locals until exit); 3.13 gen_close only clears the frame's locals, then its value stack (del a,
# del b, then the iterator), its frame object staying the generator's (untracked, no referents)
import gc
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def __iter__(self):
        return self
    def __next__(self):
        return 1
def g():
    a = D("a")
    for x in D("iter"):
        b = D("b")
        yield x
it = g()
next(it)
fr = it.gi_frame
it.close()
print("closed", gc.is_tracked(fr), [type(o).__name__ for o in gc.get_referents(fr)])
ge = (x for x in D("genexp iter"))
next(ge)
del ge
print("end")
