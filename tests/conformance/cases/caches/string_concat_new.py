# runtime concatenation produces a new string even when equal to a literal
def same(a, b):
    return a is b
a = "ab"
b = a + "cd"
print(b == "abcd", same(b, "abcd"))
c = "".join(["a", "b"])
print(same(c, "ab"))
