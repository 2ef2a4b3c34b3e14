# closing a suspended generator runs its finally and frees its locals
class T:
    def __del__(self):
        print("T freed")
def gen():
    t = T()
    try:
        yield 1
        yield 2
    finally:
        print("finally")
g = gen()
print(next(g))
g.close()
print("closed")
