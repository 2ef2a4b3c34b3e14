# a custom sequence: __iter__/__next__, __getitem__ with slices, __len__, __contains__, __reversed__
import gc
gc.collect()


class RingBuffer:
    def __init__(self, size):
        self.size = size
        self.items = [None] * size
        self.start = 0
        self.length = 0

    def push(self, item):
        idx = (self.start + self.length) % self.size
        self.items[idx] = item
        if self.length < self.size:
            self.length += 1
        else:
            self.start = (self.start + 1) % self.size

    def __len__(self):
        return self.length

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self.length))]
        if index < 0:
            index += self.length
        if not 0 <= index < self.length:
            raise IndexError("ring index out of range")
        return self.items[(self.start + index) % self.size]

    def __contains__(self, item):
        print("  __contains__", item)
        return any(x == item for x in self)

    def __iter__(self):
        return RingIter(self)

    def __bool__(self):
        return self.length > 0


class RingIter:
    def __init__(self, ring):
        self.ring = ring
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.ring):
            raise StopIteration
        self.pos += 1
        return self.ring[self.pos - 1]


r = RingBuffer(4)
print(bool(r), len(r), list(r))
for i in range(6):
    r.push(i * i)
print(list(r), len(r), r[0], r[-1], r[1:3], r[::-1], r[::2])
print(9 in r, 7 in r, 25 not in r)
print(sum(r), max(r), sorted(r, reverse=True), list(enumerate(r)), list(reversed(r)))
it = iter(r)
print(next(it), next(it), list(it), next(it, "done"))
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
a, b, *rest = r
print(a, b, rest, [x + 1 for x in r if x > 4], dict(zip(r, "abcd")))
print(gc.collect())
