# Free a chain of N instances; node i holds .next (the rest of the chain) and then .leaf (Leaf(i)).
# The instance dict drops next before leaf, so leaves die in post-order: when the trashcan defers
# the rest of the chain at some depth, the leaves of the nodes above that depth die before the
# deferred nodes. Prints the __del__ log compressed into runs.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 120
log = []
class Leaf:
    def __init__(self, i): self.i = i
    def __del__(self): log.append(-self.i - 1)      # leaf i logs -(i+1)
class Node:
    def __init__(self, i): self.next = None; self.leaf = Leaf(i); self.i = i
    def __del__(self): log.append(self.i)
head = Node(0); cur = head
for i in range(1, N):
    cur.next = Node(i); cur = cur.next
del cur
del head
runs = []; start = log[0]
for a, b in zip(log, log[1:]):  # noqa: RUF007 (runs on 3.8)
    if b != a + 1:
        runs.append((start, a)); start = b
runs.append((start, log[-1]))
print(len(log), runs)
