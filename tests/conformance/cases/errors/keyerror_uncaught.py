# an uncaught KeyError shows the key's repr
d = {"a": 1}
print(d["a"])
key = ("x", 1)
print(d[key])
print("never")
