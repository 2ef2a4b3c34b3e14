# ten global names: their strings are interned by the parser, co_names grows
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
name_0 = 0
name_1 = 1
name_2 = 2
name_3 = 3
name_4 = 4
name_5 = 5
name_6 = 6
name_7 = 7
name_8 = 8
name_9 = 9
