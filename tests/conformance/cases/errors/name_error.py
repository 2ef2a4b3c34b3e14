# an undefined name raises NameError at run time
print("start")
def f():
    return undefined_name
f()
print("never")
