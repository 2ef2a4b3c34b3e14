# prime sieve, factorisation with divmod, gcd/lcm by hand and big-int primality checks with pow
import gc
gc.collect()


def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_prime) if p]


def factorise(n):
    out = {}
    d = 2
    while d * d <= n:
        while True:
            q, r = divmod(n, d)
            if r:
                break
            out[d] = out.get(d, 0) + 1
            n = q
        d += 1
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def probably_prime(n):
    if n < 2:
        return False
    for a in (2, 3, 5, 7, 11, 13, 17):
        if n % a == 0:
            return n == a
        if pow(a, n - 1, n) != 1:
            return False
    return True


primes = sieve(100)
print(len(primes), primes[:10], primes[-3:], sum(primes))
print(factorise(360), factorise(97), factorise(2 ** 10 * 3 ** 5 * 101))
print(gcd(462, 1071), gcd(-12, 18), 462 * 1071 // gcd(462, 1071))
print([n for n in range(2 ** 61 - 5, 2 ** 61) if probably_prime(n)], probably_prime(2 ** 89 - 1))
twin = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print(twin[:5], len(twin))
print(gc.collect())
