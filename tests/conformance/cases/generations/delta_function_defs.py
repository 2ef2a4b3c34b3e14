# def statements: defaults (one constant tuple), kw defaults (a dict), annotations, closures
import gc
gc.collect()
c = gc.get_count
a0 = c()[0]
def f(a=1, b=2): pass
a1 = c()[0]
def g(*, k=[]): pass
a2 = c()[0]
def h(a: int) -> int: pass
a3 = c()[0]
print(a1 - a0, a2 - a1, a3 - a2)
s0 = gc.get_stats()[0]['collections']
fs = []
for i in range(400):
    def k(x=i, *, y=[i]):
        return x
    fs.append(k)
    if i % 100 == 0:
        print(i, c())
fs = None
print(gc.get_stats()[0]['collections'] - s0, gc.collect(), c())
