# 3.13 raised the generation-0 threshold from 700 to 2000
import gc
t = gc.get_threshold()
print(t[0], t[1:])
print(t[0] == 2000)
