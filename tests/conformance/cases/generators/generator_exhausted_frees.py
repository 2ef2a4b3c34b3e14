# an exhausted generator has already released its frame's locals
class T:
    def __del__(self):
        print("T freed")
def gen():
    t = T()
    yield 1
g = gen()
for x in g:
    print("got", x)
print("loop done")
del g
print("end")
