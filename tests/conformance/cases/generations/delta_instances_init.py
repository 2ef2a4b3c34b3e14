# instances built by __init__ with arguments, kept and dropped: counts across automatic collections
import gc
gc.collect()
class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.nxt = nxt
head = None
s0 = gc.get_stats()[0]['collections']
for i in range(900):
    head = Node(i, head)
    if i % 300 == 0:
        print(i, gc.get_count())
head = None
print(gc.get_stats()[0]['collections'] - s0, gc.collect(), gc.get_count())
