# an OR pattern stores its captures in its first alternative's order: the old values die in that order
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = D("a0")
b = D("b0")
c = D("c0")
def f(v):
    global a, b, c
    match v:
        case [1, a, b, c] | [2, b, c, a] | {"k": [c, *a], **b}:
            print("matched")
f([2, D("b1"), D("c1"), D("a1")])
f([1, D("a2"), D("b2"), D("c2")])
f({"k": [D("c3"), 9]})
print(sorted(type(x).__name__ for x in (a, b, c)))
