# the first `import gc` after other statements: the count its replayed trace leaves, and the free lists after it
import sys
names = [str(i) for i in range(3)]
pairs = [(n, n) for n in names]
import gc
print(gc.get_count())
t = [(i, i, i) for i in range(4)]
print(gc.get_count())
d = [{} for i in range(3)]
print(gc.get_count())
