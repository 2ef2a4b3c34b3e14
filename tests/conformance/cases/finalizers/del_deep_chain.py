# freeing a long linked chain runs every __del__ (the trashcan bounds recursion)
class Node:
    count = 0
    def __init__(self, nxt):
        self.nxt = nxt
    def __del__(self):
        Node.count += 1
head = None
for i in range(2000):
    head = Node(head)
del head
print(Node.count)
