# empty tuple, str and bytes are shared singletons; the empty frozenset only before 3.10
def same(a, b):
    return a is b
empty_t, empty_s, empty_b = (), "", b""
print(same(tuple(), empty_t), same(tuple([]), empty_t))
print(same(str(), empty_s), same("abc"[3:], empty_s))
print(same(bytes(), empty_b), same(b"xy"[2:], empty_b))
print(same(frozenset(), frozenset()), same(frozenset([]), frozenset()))
