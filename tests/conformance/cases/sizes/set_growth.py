# a set's size steps as its table grows
import sys
s = set()
sizes = [sys.getsizeof(s)]
for i in range(20):
    s.add(i)
    sizes.append(sys.getsizeof(s))
print(sizes)
