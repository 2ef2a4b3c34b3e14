# compile-time SyntaxWarnings for likely typos: calling or indexing a literal, assert on a tuple, bad escapes
x = 1
try:
    (1, 2)(3)
except TypeError as e:
    print("call:", e)
try:
    print([10, 20][0, 1])
except TypeError as e:
    print("index:", e)
assert (x, "never fails")
assert (1, 2)
pattern = "\d+"
class K:
    flag = x is 2
print(len(pattern), K.flag, [y is 3 for y in [x is 4]])
