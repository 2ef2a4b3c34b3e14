# names a pattern captures hold their values: a cycle built through captures is left to the collector
import gc
class Node:
    __match_args__ = ("peer",)
    def __init__(self):
        self.peer = None
    def __del__(self):
        print("del Node")
def link(pair):
    match pair:
        case [Node() as a, Node() as b]:
            a.peer = b
            b.peer = a
link([Node(), Node()])
print("after link")
gc.collect()
print("collected")
n = Node()
match n:
    case Node(None) as me:
        me.peer = me
del n, me
print(gc.collect())
