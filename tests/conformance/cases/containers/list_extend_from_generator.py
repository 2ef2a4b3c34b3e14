# extend consumes an iterator and appends each item
lst = [0]
lst.extend(i * i for i in range(4))
print(lst)
lst[1:3] = "ab"
print(lst)
del lst[::2]
print(lst)
