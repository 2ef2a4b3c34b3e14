# freezing does not change reference counts
import gc, sys
x = []
before = sys.getrefcount(x)
gc.freeze()
print(sys.getrefcount(x) - before)
gc.unfreeze()
print(sys.getrefcount(x) - before)
