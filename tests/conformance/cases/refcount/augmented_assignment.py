# augmented assignment on a list keeps the same object; on a tuple it builds a new one
import sys
lst = []
before = id(lst)
alias = lst
lst += [1]
print(id(lst) == before, alias is lst, sys.getrefcount(lst))
t = (1,)
talias = t
t += (2,)
print(t is talias, sys.getrefcount(talias), talias, t)
