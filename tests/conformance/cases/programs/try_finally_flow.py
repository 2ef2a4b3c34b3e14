# control flow through try/except/else/finally with returns, breaks and re-raises
import gc
gc.collect()


def attempt(n):
    log = []
    try:
        log.append("try")
        if n == 1:
            raise ValueError("one")
        if n == 2:
            return log + ["return-in-try"]
    except ValueError as e:
        log.append(f"except {e}")
        if n == 1:
            return log
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log


for n in range(3):
    print(n, attempt(n))


def finally_wins():
    try:
        return "try"
    finally:
        print("finally runs before the return completes")


print(finally_wins())


def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(loop_with_finally())


def reraise():
    try:
        {}["missing"]
    except KeyError:
        print("logging and re-raising")
        raise


try:
    reraise()
except LookupError as e:
    print("outer caught", repr(e), type(e.__traceback__).__name__)
try:
    try:
        raise TypeError("inner")
    finally:
        print("cleanup")
except TypeError as e:
    print("propagated", e)
print(gc.collect())
