# floats are never cached: equal floats built at runtime are distinct objects
a = float("1.0")
b = float("1.0")
print(a is b)
z = float("0.0")
print(z is -z, z == -z)
