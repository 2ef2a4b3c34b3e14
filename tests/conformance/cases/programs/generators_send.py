# generators with send(), throw(), close() and return values; a running average coroutine
import gc
gc.collect()


def averager():
    total = 0.0
    count = 0
    avg = None
    try:
        while True:
            value = yield avg
            if value is None:
                break
            total += value
            count += 1
            avg = total / count
    finally:
        print("averager done after", count)
    return (count, avg)


avg = averager()
next(avg)
for v in (10, 20, 60):
    print("avg", avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("returned", e.value)


def guarded():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            print("handled", e)
            yield "recovered"


g = guarded()
print(next(g), g.throw(ValueError("bad")), next(g))
g.close()
print("closed", g.gi_frame)


def counter(n):
    for i in range(n):
        received = yield i
        if received:
            print("got", received)


c = counter(4)
print(next(c), c.send("hello"), next(c))
c.close()
try:
    next(c)
except StopIteration:
    print("exhausted")


def delegator():
    result = yield from averager()
    print("delegated result", result)
    yield "after"


d = delegator()
next(d)
d.send(4)
print(d.send(None))
print(gc.collect())
