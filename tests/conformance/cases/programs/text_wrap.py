# word wrapping, justification and a table of contents with string methods and slicing
import gc
gc.collect()

PARA = ("Memory management in CPython combines reference counting with a cyclic garbage "
        "collector that finds groups of objects referring to each other and frees them.")


def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + (1 if line else 0) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]


for line in wrap(PARA, 32):
    print("|" + justify(line, 32) + "|")
toc = [("Introduction", 1), ("Reference counting", 4), ("Cycles", 12), ("Generations", 19)]
for i, (title, page) in enumerate(toc, 1):
    print(f"{i}. {title} ".ljust(30, ".") + f" {page:>3}")
print(PARA[:6], PARA[-5:], PARA[::25], PARA[10:20:3], len(PARA))
print(PARA.lower().count("co"), PARA.index("cyclic"), PARA.split(" ", 3)[:3], PARA.rsplit(" ", 2)[-2:])
print("-".join(reversed(PARA.split()[:4])), " ".join(w[::-1] for w in PARA.split()[:3]))
caps = "".join(c for c in PARA if c.isupper())
print(caps, sorted(set(PARA.lower()) - set(" .,")), PARA.encode()[:10])
print(gc.collect())
