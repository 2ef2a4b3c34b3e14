# a unit converter with class-level tables, classmethods, __str__ and float formatting edge cases
import gc
gc.collect()


class Quantity:
    FACTORS = {"m": 1.0, "cm": 0.01, "mm": 0.001, "km": 1000.0, "in": 0.0254, "ft": 0.3048, "mi": 1609.344}

    def __init__(self, value, unit):
        if unit not in self.FACTORS:
            raise ValueError(f"unknown unit {unit!r}")
        self.value = value
        self.unit = unit

    @classmethod
    def parse(cls, text):
        num = text.rstrip("abcdefghijklmnopqrstuvwxyz ")
        return cls(float(num), text[len(num):].strip())

    def to(self, unit):
        meters = self.value * self.FACTORS[self.unit]
        return Quantity(meters / self.FACTORS[unit], unit)

    def __add__(self, other):
        return Quantity(self.value + other.to(self.unit).value, self.unit)

    def __lt__(self, other):
        return self.to("m").value < other.to("m").value

    def __str__(self):
        return f"{self.value:g} {self.unit}"

    def __repr__(self):
        return f"Quantity({self.value!r}, {self.unit!r})"


marathon = Quantity(42.195, "km")
print(marathon, marathon.to("mi"), repr(marathon.to("m")), str(marathon.to("ft")))
print(f"{marathon.to('mi').value:.3f}", f"{marathon.to('in').value:,.1f}", f"{marathon.to('mm').value:e}")
parts = [Quantity.parse(t) for t in ["3 ft", "20in", "1.5 m", "250 cm", "0.001km"]]
print(parts)
print(sorted(parts), max(parts), min(parts))
total = parts[0]
for p in parts[1:]:
    total = total + p
print("total", total, total.to("m"), round(total.to("m").value, 4))
try:
    Quantity(1, "parsec")
except ValueError as e:
    print("ValueError:", e)
print(1e21, 1e-5, 123456789.123456789, 0.1 * 3, 1 / 7, 2 ** 0.5 * 2 ** 0.5, 9.99999e15, 1.5e300 * 1e10)
print(gc.collect())
