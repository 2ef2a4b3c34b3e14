# descriptive statistics by hand with math.fsum/sqrt, a histogram, z-scores and a linear regression
import gc
import math
gc.collect()

data = [2.5, 3.1, 4.7, 3.3, 5.0, 2.2, 3.9, 4.4, 3.6, 2.8, 6.1, 3.0]
n = len(data)
mean = math.fsum(data) / n
var = math.fsum((x - mean) ** 2 for x in data) / (n - 1)
sd = math.sqrt(var)
print(f"n={n} mean={mean:.4f} var={var:.4f} sd={sd:.4f}")
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2
q1, q3 = s[n // 4], s[3 * n // 4]
print(f"median={median} q1={q1} q3={q3} iqr={q3 - q1:.2f} range={s[-1] - s[0]:.1f}")
z = [round((x - mean) / sd, 2) for x in data]
print(z, [x for x, zz in zip(data, z) if abs(zz) > 1.5])
bins = {}
for x in data:
    b = math.floor(x)
    bins[b] = bins.get(b, 0) + 1
for b in sorted(bins):
    print(f"[{b}, {b + 1}) {'#' * bins[b]:<5} {bins[b] / n:.0%}")
xs = list(range(1, n + 1))
mx = math.fsum(xs) / n
slope = math.fsum((x - mx) * (y - mean) for x, y in zip(xs, data)) / math.fsum((x - mx) ** 2 for x in xs)
intercept = mean - slope * mx
pred = [intercept + slope * x for x in xs]
ss_res = math.fsum((y - p) ** 2 for y, p in zip(data, pred))
ss_tot = math.fsum((y - mean) ** 2 for y in data)
print(f"y = {intercept:.4f} + {slope:.4f}x, r2={1 - ss_res / ss_tot:.4f}")
geo = math.exp(math.fsum(math.log(x) for x in data) / n)
harm = n / math.fsum(1 / x for x in data)
print(f"geometric={geo:.4f} harmonic={harm:.4f} rms={math.sqrt(math.fsum(x * x for x in data) / n):.4f}")
print(math.prod([1.5, 2, 4]), math.comb(n, 2), math.perm(5, 2), sum(data) == math.fsum(data), round(sum(data), 10))
print(gc.collect())
