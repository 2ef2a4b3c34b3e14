# two live objects never share an id
a = object()
b = object()
print(id(a) == id(b), a is b)
print(id(object()) == id(object()))
