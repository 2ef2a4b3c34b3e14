# a generator's frame is available while suspended and gone after it finishes
def gen():
    yield 1
g = gen()
print(g.gi_frame is not None, g.gi_running)
next(g)
print(g.gi_frame is not None)
for _ in g:
    pass
print(g.gi_frame)
