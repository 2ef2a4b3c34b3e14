# complex numbers and float formatting in a small signal-processing (DFT) example
import gc
gc.collect()


def cexp(theta):
    # e^(i*theta) from a truncated Taylor series, enough for printing at 3 decimals
    term = complex(1, 0)
    total = complex(0, 0)
    for n in range(1, 40):
        total += term
        term = term * complex(0, theta) / n
    return total


PI = 3.141592653589793


def dft(samples):
    n = len(samples)
    out = []
    for k in range(n):
        acc = 0j
        for t, x in enumerate(samples):
            acc += x * cexp(-2 * PI * k * t / n)
        out.append(acc)
    return out


signal = [0.0, 1.0, 0.0, -1.0]
spectrum = dft(signal)
for k, c in enumerate(spectrum):
    print(k, f"{c.real:+.3f}{c.imag:+.3f}j", f"{abs(c):.3f}")
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), z * 1j, z / 2, -z, z == complex(3, 4))
print(complex("1+2j"), complex(2), repr(0j), (1 + 2j) ** 2, pow(1j, 2), 1j * 1j == -1)
print(f"{z:.2f}", format(z, ">20"), str(z), (2j).imag, type(z).__name__, hash(complex(5, 0)) == hash(5))
try:
    z < 1j
except TypeError as e:
    print("TypeError:", e)
print(gc.collect())
