# a priority task scheduler using a hand-written binary heap of (priority, seq, task) tuples
import gc
gc.collect()


class MinHeap:
    def __init__(self):
        self.a = []

    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[parent] <= a[i]:
                break
            a[parent], a[i] = a[i], a[parent]
            i = parent

    def pop(self):
        a = self.a
        last = a.pop()
        if not a:
            return last
        top, a[0] = a[0], last
        i = 0
        while True:
            smallest = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < len(a) and a[c] < a[smallest]:
                    smallest = c
            if smallest == i:
                return top
            a[i], a[smallest] = a[smallest], a[i]
            i = smallest

    def __len__(self):
        return len(self.a)


heap = MinHeap()
seq = 0
for prio, name in [(3, "write"), (1, "boot"), (2, "load"), (1, "log"), (5, "idle"), (2, "parse")]:
    heap.push((prio, seq, name))
    seq += 1
order = []
while heap:
    prio, _, name = heap.pop()
    order.append(f"{name}@{prio}")
print(" -> ".join(order))
nums = MinHeap()
for x in [9, -1, 4, 4, 0, 12, 7]:
    nums.push(x)
print([nums.pop() for _ in range(len(nums))])
print(gc.collect())
