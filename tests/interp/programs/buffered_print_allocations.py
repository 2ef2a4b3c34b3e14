# what print() allocates when stdout is a pipe (no -u, no PYTHONUNBUFFERED): one more object
import gc
gc.disable()
gc.collect()
def c():
    return gc.get_count()[0]
c(); c()
out = []
for i in range(5):
    a = c()
    print("x")
    b = c()
    out.append(b - a)
print(out)
a = c(); print("x", 1, "y"); b = c(); print(b - a)
a = c(); print(); b = c(); print(b - a)
