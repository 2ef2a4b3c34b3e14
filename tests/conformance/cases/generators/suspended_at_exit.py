# generators still suspended at exit: globals are closed by module clearing, in that order
def gen(name):
    try:
        yield name
    finally:
        print("closing", name)
first = gen("first")
second = gen("second")
next(first)
next(second)
kept = [gen("in list")]
next(kept[0])
def make_cycle():
    g = gen("in cycle")
    next(g)
    holder = [g]
    holder.append(holder)
make_cycle()
print("end of program")
