# an emptied list: list_resize(0) keeps a 0-slot array (extend over-allocates), _list_clear frees it
import sys
u = [1, 2, 3, 4, 5]
while u:
    u.pop()
u.extend([1, 2, 3])
w = [1, 2, 3, 4, 5]
del w[::2]
del w[::2]
del w[::1]
w.extend(iter([1, 2, 3]))
z = list(range(8))
del z[::2]
del z[::2]
del z[::2]
del z[::-1]
z.extend([7, 8, 9])
c = [1, 2, 3]
c.clear()
c.extend([1, 2, 3])
print(sys.getsizeof(u), sys.getsizeof(w), sys.getsizeof(z), sys.getsizeof(c))
