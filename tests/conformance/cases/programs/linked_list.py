# a singly linked list with __iter__, __len__, __reversed__ and node finalizers; long chains free iteratively
import gc
gc.collect()
import sys

freed = []


class Node:
    __slots__ = ("value", "next", "__weakref__")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for v in reversed(list(values)):
            self.push(v)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev


ll = LinkedList(range(5))
print(ll, len(ll), list(reversed(ll)), 3 in ll, 7 in ll)
ll.reverse()
print(ll, sum(ll), max(ll), list(zip(ll, "abc")))
second = ll.head.next
print("second refs", sys.getrefcount(second))
ll.head = ll.head.next.next
print("dropped two, second refs", sys.getrefcount(second), second.value)
del second
long = LinkedList(range(2000))
print(len(long), sum(long))
del long
print("collected", gc.collect())
