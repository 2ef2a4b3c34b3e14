# class statements in a loop: gen-0 counts and automatic collections (type_new, PyType_Ready)
import gc
gc.collect()
s0 = gc.get_stats()[0]['collections']
for i in range(120):
    class A:
        x = 1
        def m(self):
            return self
    class B(A):
        pass
    if i % 30 == 0:
        print(i, gc.get_count())
print(gc.get_stats()[0]['collections'] - s0, gc.collect(), gc.get_count())
