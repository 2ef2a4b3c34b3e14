# a failed assert without a handler exits with AssertionError
x = 2
print("checking")
assert x == 3, f"x is {x}"
print("never")
print("never")
