# a lambda created inside a comprehension closes over the comprehension variable
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [(lambda j: lambda: j)(i) for i in range(3)]
print([g() for g in gs])
print(len(fs[0].__closure__))
