# Cyclic churn: makes many small reference cycles of class instances and drops most of them, so only
# the cycle collector can free them and the allocation count keeps triggering automatic collections
# (40,000 instances at the full size: dozens of generation-0 collections at threshold 700 or 2000).
# The last line's count depends on when those collections ran, so it checks that they ran as CPython's.
import gc

ROUNDS = 20000  # heapglass-bench: size


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def churn(rounds):
    kept = []
    for i in range(rounds):
        a = Node(i)
        b = Node(i + 1)
        a.other = b
        b.other = a
        if i % 100 == 0:
            kept.append(a)
    return kept


kept = churn(ROUNDS)
print("kept", len(kept), "first", kept[0].name, "last", kept[-1].other.name)
del kept
print("unreachable at the final collection:", gc.collect())
