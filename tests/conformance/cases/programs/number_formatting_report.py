# a financial report: rounding, thousands separators, percentages, padding, signs, negative zero
import gc
gc.collect()

rows = [("Revenue", 1234567.891), ("Costs", -987654.3219), ("Tax", -12345.005), ("Other", 0.004)]
total = sum(v for _, v in rows)
print(f"{'Item':<10}{'Amount':>16}{'Share':>9}")
for name, value in rows:
    share = value / rows[0][1]
    print(f"{name:<10}{value:>16,.2f}{share:>9.1%}")
print(f"{'Total':<10}{total:>16,.2f}{total / rows[0][1]:>9.1%}")
print(f"{total:+.3e}", f"{-0.0:.2f}", f"{0.004:.2f}", f"{-0.004:.2f}", f"{2.5:.0f}", f"{3.5:.0f}")
print(round(1234.5678, 2), round(-1234.5678, -2), round(0.125, 2), round(0.375, 2), round(2.675, 2))
print(format(1e6, ",.0f"), format(123.456, "010.3f"), format(-5, "+05d"), format(5, " d"), format(255, "#06x"))
print("{:>8.3s}|{:^8}|{:<8}|".format("abcdef", "mid", 12), "{:=+8.2f}".format(-3.14159))
print(int(1234.999), int(-0.5), float("1e3"), float("  -2.5\n"), 10 / 4, 10 // 4, -10 // 4, 10 % 3, -10 % 3)
cents = [int(round(v * 100)) for _, v in rows]
print(cents, sum(cents), divmod(sum(cents), 100), "%d.%02d" % divmod(abs(sum(cents)), 100))
print(f"{1234567:_d}", f"{0.000012345:.3g}", f"{12345678901234567890:,}", f"{float('inf'):>6}", f"{float('nan')}")
print(gc.collect())
