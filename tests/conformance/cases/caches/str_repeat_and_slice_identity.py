# slicing a whole string or multiplying by 1 returns the same object; other slices are new
s = "".join(["memory", "-", "model"])
print(s[:] is s, s * 1 is s, s[0:len(s)] is s)
print(s[1:] is s, (s + "") is s)
t = (1, 2, 3)
print(t[:] is t, tuple(t) is t, list(t) is t)
