# sorting records with key=, reverse, stability, reversed, enumerate and zip
import gc
gc.collect()

people = [
    ("ann", 31, 5.5),
    ("bob", 25, 6.1),
    ("cid", 31, 5.9),
    ("dee", 19, 5.2),
    ("eve", 25, 5.7),
]

by_age = sorted(people, key=lambda p: p[1])
print([p[0] for p in by_age])
by_age_desc = sorted(people, key=lambda p: p[1], reverse=True)
print([p[0] for p in by_age_desc])
multi = sorted(people, key=lambda p: (-p[1], p[2]))
print([p[0] for p in multi])
names = [p[0] for p in people]
ages = [p[1] for p in people]
for rank, (name, age) in enumerate(zip(names, ages), start=1):
    print(f"{rank:>2}. {name:<5}{age:>4}")
print(list(reversed(names)), names[::-1] == list(reversed(names)))
print(list(enumerate("abc")), dict(zip(names, ages)))
print(list(zip(range(3), "xy", [True, False, None])))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted(set(words)), min(words), max(words, key=len))
data = [5, 3, 8, 1, 9, 2]
data.sort()
print(data, data.index(8), data.count(3))
data.sort(key=lambda x: -x)
print(data)
data.reverse()
print(data, list(map(str, data)), list(filter(lambda x: x % 2, data)))
pairs = sorted(enumerate(words), key=lambda kv: kv[1])
print(pairs[:4])
print(sorted([3, 1, 2], key=None), sorted("heapglass"), "".join(sorted("heapglass", reverse=True)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(gc.collect())
