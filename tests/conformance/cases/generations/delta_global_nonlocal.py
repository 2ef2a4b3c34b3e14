# global and nonlocal stores, recursion: frames (3.8-3.10 objects) and cells
import gc
gc.collect()
c = gc.get_count
def outer():
    n = 0
    def bump():
        nonlocal n
        n += 1
    bump()
    return n
def setg():
    global G
    G = [1]
def rec(k):
    return rec(k - 1) if k else 0
a0 = c()[0]; outer(); a1 = c()[0]; setg(); a2 = c()[0]; rec(5); a3 = c()[0]
print(a1 - a0, a2 - a1, a3 - a2)
for i in range(600):
    outer(); setg(); rec(3)
print(c())
