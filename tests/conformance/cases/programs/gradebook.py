# a gradebook: nested dicts, statistics by hand, letter grades and a ranking table
import gc
gc.collect()

scores = {
    "ana": {"math": 91, "physics": 78, "art": 88},
    "ben": {"math": 64, "physics": 82, "art": 95},
    "cai": {"math": 77, "physics": 91},
    "dia": {"math": 88, "physics": 69, "art": 72, "music": 99},
}


def mean(xs):
    xs = list(xs)
    return sum(xs) / len(xs) if xs else float("nan")


def median(xs):
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def stdev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5


def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"


averages = {name: mean(subj.values()) for name, subj in scores.items()}
ranking = sorted(averages.items(), key=lambda kv: kv[1], reverse=True)
for pos, (name, avg) in enumerate(ranking, 1):
    print(f"{pos}. {name.title():<4} {avg:6.2f} {letter(avg)} {'*' * round(avg / 10)}")
subjects = sorted({s for subj in scores.values() for s in subj})
for s in subjects:
    vals = [subj[s] for subj in scores.values() if s in subj]
    spread = f"{stdev(vals):.2f}" if len(vals) > 1 else "n/a"
    print(f"{s:<8} n={len(vals)} mean={mean(vals):.1f} median={median(vals)} sd={spread}")
best = {s: max((subj.get(s, -1), name) for name, subj in scores.items())[1] for s in subjects}
print(best)
missing = {name: sorted(set(subjects) - set(subj)) for name, subj in scores.items() if set(subjects) - set(subj)}
print(missing, round(mean(averages.values()), 3), min(averages, key=averages.get))
print(gc.collect())
