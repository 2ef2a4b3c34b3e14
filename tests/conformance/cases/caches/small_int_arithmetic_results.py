# results of arithmetic in the small-int range are the cached objects
def same(a, b):
    return a is b
x = 100
y = x * 2
z = x * 3
print(same(y, 200), same(z, 300))
print(same(len("abc"), 3), same(sum([100, 156]), 256), same(sum([100, 157]), 257))
