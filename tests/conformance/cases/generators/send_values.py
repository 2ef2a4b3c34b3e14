# send delivers values into a suspended generator
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
g = acc()
print(next(g), g.send(5), g.send(7))
try:
    g.send(None)
except StopIteration:
    print("stopped")
