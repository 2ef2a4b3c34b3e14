# gc.get_referents of subclass instances: subtype_traverse's slots, dict, type, then the base's own items
import gc
class L(list): pass
class D(dict): pass
class S(set): pass
class T(tuple): pass
class I(int): pass
class St(str): pass
class LS(list):
    __slots__ = ("a", "b")
def names(o):
    return [type(x).__name__ if type(x) is not type else x.__name__ for x in gc.get_referents(o)]
l = L([1, "a"])
print(names(l))
l.attr = 1
print(names(l))
d = D({1: "v"}); d.x = 0
print(names(d), names(S([2.5])), names(T(([], 1))))
i = I(7); i.tag = "t"
s = St("x")
print(names(i), names(s))
ls = LS([()]); ls.b = 1.5
print(names(ls))
