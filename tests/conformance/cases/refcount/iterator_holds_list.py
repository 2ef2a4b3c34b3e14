# a for loop's hidden iterator references the list while the loop runs
import sys
lst = [1, 2]
base = sys.getrefcount(lst)
inside = []
for x in lst:
    inside.append(sys.getrefcount(lst) - base)
print(inside, sys.getrefcount(lst) - base)
it = iter(lst)
print(sys.getrefcount(lst) - base)
