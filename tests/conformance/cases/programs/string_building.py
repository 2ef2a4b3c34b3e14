# building strings: += in a loop, join, repetition, and what each leaves for the allocator
import gc
gc.collect()
import sys

parts = []
s = ""
for i in range(10):
    s += str(i)
    parts.append(str(i) * 2)
print(s, "".join(parts), len(s), sys.getsizeof(s))
joined = ", ".join(f"{n:02d}" for n in range(5))
print(joined, joined.split(", ")[-1], sys.getrefcount(joined))
csv = "\n".join(",".join(str(r * c) for c in range(1, 4)) for r in range(1, 4))
print(csv)
rows = [line.split(",") for line in csv.splitlines()]
print(rows, [int(x) for row in rows for x in row if int(x) % 2 == 0])
banner = "=" * 20
print(banner, len(banner), banner.replace("=", "-", 5), banner[:3] + "|" + banner[-3:])
words = ["alpha", "beta", "gamma"]
acc = ""
for w in words:
    acc = acc + w[0].upper() + w[1:] + " "
print(repr(acc), repr(acc.rstrip()), acc.count(" "), "-".join(reversed(acc.split())))
template = "Dear {name}, you owe {amount:.2f} (due {due})"
for name, amount, due in [("Ann", 12.5, "Mon"), ("Bo", 7, "Tue")]:
    print(template.format(name=name, amount=amount, due=due))
letters = "".join(chr(ord("a") + i) for i in range(26))
print(letters, letters[::5], letters.upper()[10:15], letters.index("q"), "xyz" in letters)
encoded = "".join(chr((ord(c) - 97 + 13) % 26 + 97) for c in "heapglass")
print(encoded, "".join(chr((ord(c) - 97 + 13) % 26 + 97) for c in encoded))
print(gc.collect())
