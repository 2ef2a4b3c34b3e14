# one-character strings in the latin-1 range are cached; others are not
s = "hello"
t = "jello"
print(s[1] is t[1])
u = "\u0100abc"
v = "\u0100xyz"
print(u[0] is v[0])
a, b = "\xff x", "\xff y"
c, d = "\u0101 x", "\u0101 y"
print(a[0] is b[0], c[0] is d[0])
