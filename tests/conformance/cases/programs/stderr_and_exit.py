# a command-line style program: messages on stderr, sys.stdout.write, and sys.exit with a status
import gc
gc.collect()
import sys


def log(*parts):
    print("log:", *parts, file=sys.stderr)


def process(values):
    total = 0
    for v in values:
        if v < 0:
            log("skipping negative", v)
            continue
        total += v
    return total


sys.stdout.write("start\n")
n = sys.stdout.write("written chars\n")
print("write returned", n)
result = process([3, -1, 4, -5, 9])
print("result", result, sep=": ", end="!\n")
print("a", "b", "c", sep="")
print()
print(*range(5), sep=",")
log("about to exit with", result % 7)
print(gc.collect())
try:
    sys.exit("fatal: giving up")
except SystemExit as e:
    print("caught SystemExit", repr(e.code))
sys.exit(result % 7)
