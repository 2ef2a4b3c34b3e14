# reading a local before assignment raises UnboundLocalError (message differs by version)
x = 1
def f():
    print(x)
    x = 2
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
f()
