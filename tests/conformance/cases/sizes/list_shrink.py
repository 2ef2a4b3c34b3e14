# a list shrinks its allocation only when it falls below half
import sys
lst = list(range(100))
sizes = []
while lst:
    lst.pop()
    sizes.append(sys.getsizeof(lst))
print(sorted(set(sizes)))
