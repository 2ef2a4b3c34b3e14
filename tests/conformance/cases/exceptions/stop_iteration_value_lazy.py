# a generator's return value as StopIteration: list() and next(g, default) clear it (an object from 3.12), a for loop never sets it
import gc
gc.disable()
def gen():
    yield 1
    return 'v'
def loop():
    for x in gen():
        pass
def step():
    g = gen()
    next(g)
    next(g, None)
def measure(fn):
    fn()
    fn()
    gc.collect()
    before = gc.get_count()[0]
    fn()
    return gc.get_count()[0] - before
base = measure(lambda: None)
print(measure(lambda: list(gen())) - base, measure(step) - base, measure(loop) - base)
