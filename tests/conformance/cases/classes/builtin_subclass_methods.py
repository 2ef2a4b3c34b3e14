# the base's methods and operators work on subclass instances; most results have the base type
class L(list):
    def total(self):
        return sum(self)
class D(dict):
    def __missing__(self, key):
        return key * 2
class S(set): pass
class T(tuple): pass
class St(str): pass
class I(int): pass
class Fl(float): pass
l = L([3, 1]); l.append(2); l.sort(); l += [4]
print(l, type(l).__name__, len(l), 2 in l, l[0], l[1:], type(l[1:]).__name__, l.total(), type(l + [5]).__name__)
d = D(a=1); d["b"] = 2
print(d, d["a"], d[4], list(d.items()), type(d.copy()).__name__, d == {"a": 1, "b": 2})
s = S("ab"); s.add("c"); s |= {"d"}
print(sorted(s), type(s).__name__, type(s | {"e"}).__name__, type(s.copy()).__name__, S(), S([1]))
t = T((1, 2, 3))
print(t, t[0], t[1:], type(t[1:]).__name__, type(t + (4,)).__name__, t == (1, 2, 3), {t: 1}[(1, 2, 3)])
st = St("abc")
print(st, repr(st), st.upper(), type(st.upper()).__name__, type(st + "d").__name__, st[0], st == "abc", {st: 1}["abc"])
i, f = I(5), Fl(1.5)
print(i, i + 1, type(i + 1).__name__, -i, type(-i).__name__, i == 5, f * 2, type(f * 2).__name__, int(i), float(f))
print(type(D.fromkeys("ab")).__name__, D.fromkeys("ab", 1), type(I.from_bytes(b"\x01", "big")).__name__)
print(isinstance(l, list), issubclass(D, dict), type(l) is L, T.__mro__[1].__name__, [x for x in t], list(d))
