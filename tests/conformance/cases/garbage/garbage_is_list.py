# gc.garbage is a plain list that the program can append to and clear
import gc
print(type(gc.garbage).__name__, len(gc.garbage))
gc.garbage.append("x")
print(gc.garbage)
del gc.garbage[:]
print(gc.garbage)
