# clearing a list of suspended generators closes them from the last item to the first
def gen(n):
    try:
        yield n
    finally:
        print("finally", n)
gens = [gen(i) for i in range(3)]
for g in gens:
    next(g)
del g
gens.clear()
print("end")
