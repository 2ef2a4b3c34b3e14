# Refcount-heavy list/dict work: appends, indexing, dict stores and lookups, slicing and rebinding,
# with no reference cycles (everything is freed by reference counting alone).
N = 20000  # heapglass-bench: size


def build(n):
    items = []
    index = {}
    for i in range(n):
        items.append(i * 3)
        index[i % 977] = items[-1]
    return items, index


def crunch(items, index):
    total = 0
    for key in index:
        total = total + index[key]
    window = items[: len(items) // 2]
    pairs = []
    for i in range(0, len(window) - 1, 2):
        pairs.append([window[i], window[i + 1]])
    for pair in pairs:
        total = total + pair[0] - pair[1]
    counts = {}
    for value in items:
        digit = value % 10
        counts[digit] = counts.get(digit, 0) + 1
    return total, len(pairs), counts[0]


items, index = build(N)
print(crunch(items, index))
