# a module mixing constants, functions, a class and comprehensions
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
LIMIT = 10
RATE = 0.75
NAMES = ('a', 'b', 'c')
def scale(values, factor=RATE):
    return [v * factor for v in values]
class Store:
    def __init__(self):
        self.items = {}
    def put(self, k, v):
        self.items[k] = v
squares = {n: n * n for n in range(LIMIT)}
