# assigning to a literal is a SyntaxError
print("never printed")
1 = x
print("no")
print("no")
