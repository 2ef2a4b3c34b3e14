# a dict built by comprehension from atoms is untracked
import gc
d = {i: i * 2 for i in range(5)}
print(gc.is_tracked(d))
e = {i: [i] for i in range(5)}
print(gc.is_tracked(e))
f = {i: (i,) for i in range(3)}
print(gc.is_tracked(f))
