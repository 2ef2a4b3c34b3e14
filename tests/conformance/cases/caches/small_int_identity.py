# ints from -5 to 256 are cached singletons; computed larger ints are fresh objects
def same(a, b):
    return a is b
x = 200
print(same(x + 56, 256), same(x + 57, 257))
print(same(-3 - 2, -5), same(-3 - 3, -6))
n = int("256")
print(same(n, x + 56))
