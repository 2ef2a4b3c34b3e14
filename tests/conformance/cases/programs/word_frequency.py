# word frequencies with dicts, sorting by count then word, and a text report
import gc
gc.collect()

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""


def words(text):
    for raw in text.split():
        word = raw.strip(".,;:!?").lower()
        if word:
            yield word


counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(len(counts), sum(counts.values()))
for rank, (word, n) in enumerate(top[:6], 1):
    bar = "#" * n
    print(f"{rank}. {word:<8} {n:>3} {bar}")
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
longest = max(counts, key=lambda w: (len(w), w))
print("longest", longest, "first letters", "".join(sorted({w[0] for w in counts})))
lines = TEXT.splitlines()
print([len(line) for line in lines], [line.count("it") for line in lines])
print(TEXT.upper().count("IT WAS"), TEXT.find("age"), TEXT.rfind("age"), TEXT.index("epoch"))
title = " ".join(w.capitalize() for w in "a tale of two cities".split())
print(title, title.istitle(), title.swapcase(), title.center(30, "~"))
print("|".join(w.ljust(6) for w in ["a", "bb", "ccc"]), "|".join(w.rjust(4, ".") for w in ["x", "yy"]))
vowels = sum(1 for ch in TEXT.lower() if ch in "aeiou")
print("vowels", vowels, "ratio", f"{vowels / len(TEXT):.4f}")
print(gc.collect())
