# a list's size steps as appends over-allocate
import sys
lst = []
sizes = [sys.getsizeof(lst)]
for i in range(20):
    lst.append(i)
    sizes.append(sys.getsizeof(lst))
print(sizes)
