# ten string constants: their own keys, no tuple allocated
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
x = 'text 0'
x = 'text 1'
x = 'text 2'
x = 'text 3'
x = 'text 4'
x = 'text 5'
x = 'text 6'
x = 'text 7'
x = 'text 8'
x = 'text 9'
