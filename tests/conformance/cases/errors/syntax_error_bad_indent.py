# an IndentationError is reported with the offending line
print("never printed")
def f():
return 1
print(f())
