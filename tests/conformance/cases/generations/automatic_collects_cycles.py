# cycles are reclaimed automatically when generation 0 overflows
import gc
gc.collect()
gc.set_threshold(100)
class C:
    dead = 0
    def __del__(self):
        C.dead += 1
for i in range(300):
    c = C()
    c.me = c
del c
gc.set_threshold(700, 10, 10)
print(C.dead, gc.collect())
print(C.dead)
