# a dict's size steps as it resizes
import sys
d = {}
sizes = [sys.getsizeof(d)]
for i in range(12):
    d[i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
