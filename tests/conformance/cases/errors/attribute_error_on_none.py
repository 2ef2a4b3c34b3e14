# calling a method on None raises AttributeError
x = None
print("start")
x.append(1)
print("never")
print("never")
