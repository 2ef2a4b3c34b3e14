# a failed assert raises AssertionError with the given message
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
x = [1]
assert x, "not reached"
print("ok")
