# vars() inside a comprehension: the comprehension's own locals through 3.11, the enclosing scope's from 3.12
def f(a):
    y = 5
    inner = [sorted(vars()) for _ in "a"][0]
    nested = [[sorted(vars()) for j in "b"] for i in "c"][0][0]
    return inner, nested, sorted(vars())


print(f(1))


class C:
    z = 3
    r = [sorted(vars()) for b in "a"]
    q = [n for n in r[0] if n in ("b", "z", ".0")]
    b = "class b"
    s = [b for b in range(2)]


print(C.q, C.b, C.s)
