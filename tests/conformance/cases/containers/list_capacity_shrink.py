# emptying a list: pop (3.12+ clears), remove and del via list_ass_slice (clear), 3.13 del lst[i] keeps it
import sys


def slots(lst):
    return (sys.getsizeof(lst) - sys.getsizeof([])) // 8


x = [1]
x.pop()
z = [1]
z.remove(1)
w = [1]
del w[0]
s = [1, 2, 3]
s[:] = []
print(slots(x), slots(z), slots(w), slots(s))
d = list(range(17))
p = list(range(17))
out = []
while d:
    del d[0]
    p.pop(0)
    out.append((slots(d), slots(p)))
print(out)
q = list(range(6))
del q[::2]
print(slots(q))
