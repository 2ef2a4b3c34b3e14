# str/int subclass instances with their own __hash__/__eq__ are dict/set keys by those methods
class S(str):
    def __hash__(self):
        return 1

    def __eq__(self, other):
        return True


class H(int):
    def __hash__(self):
        return 5

    def __eq__(self, other):
        return isinstance(other, H)


E = type("E", (str,), {"__eq__": lambda self, other: False})
d = {S("a"): 1}
d[S("b")] = 2
print(len(d), d, {S("x"), S("y"), "z"} == {"z", S("q")})
print({H(1): "a", 1: "b", H(2): "c"}, H(7) in {H(8)}, 5 in {H(5)})
try:
    {E("k"): 1}
except TypeError as e:
    print(e)
print(len({I: 0 for I in (S("m"), S("n"))}), sorted({H(3), H(4), 3}))
