# an expression evaluator written with match: class, OR, sequence, mapping patterns and a cycle
import gc
import sys
class Num:
    __match_args__ = ("v",)
    def __init__(self, v):
        self.v = v
class Add:
    __match_args__ = ("l", "r")
    def __init__(self, l, r):
        self.l = l
        self.r = r
class Mul(Add):
    pass
def ev(e):
    match e:
        case Num(v):
            return v
        case Mul(Num(0), _) | Mul(_, Num(0)):
            return 0
        case Mul(l, r):
            return ev(l) * ev(r)
        case Add(l, r):
            return ev(l) + ev(r)
        case (op, *args) if op in ("+", "*"):
            vals = [ev(a) for a in args]
            total = 0 if op == "+" else 1
            for x in vals:
                total = total + x if op == "+" else total * x
            return total
        case {"num": int() | float() as n}:
            return n
        case {"add": [l, r], **extra} if not extra:
            return ev(l) + ev(r)
        case int() | float():
            return e
        case str(s) if s.isdigit():
            return int(s)
        case _:
            raise ValueError(f"bad {e!r}")
exprs = [Add(Num(1), Mul(Num(2), Num(3))), ("+", 1, 2, Num(3)), {"num": 2.5}, {"add": [1, "4"]},
         Mul(Num(0), Add(Num(1), Num(2))), ("*", 2, ("+", 1, 1)), {"add": [1, 2], "x": 1}]
gc.collect()
for e in exprs:
    try:
        print(ev(e))
    except ValueError as err:
        print("error", err)
print(gc.get_count()[0] < 700, sys.getrefcount(exprs[0]))
tree = Add(Num(1), None)
tree.r = tree
match tree:
    case Add(Num(1), Add() as again) if again is tree:
        print("self-loop")
del tree, again
print(gc.collect())
