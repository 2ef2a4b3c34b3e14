# stack and queue classes over lists; popped items are freed when the last reference goes
import gc
gc.collect()
import sys


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Item({self.n})"

    def __del__(self):
        print("free", self.n)


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def __len__(self):
        return len(self._items)


class Queue:
    def __init__(self):
        self._in = []
        self._out = []

    def put(self, x):
        self._in.append(x)

    def get(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        return self._out.pop()


s = Stack()
for i in range(4):
    s.push(Item(i))
print(len(s), s.peek(), sys.getrefcount(s.peek()))
s.pop()
print("popped and dropped")
top = s.pop()
print("kept", top, len(s))
q = Queue()
for i in range(10, 13):
    q.put(Item(i))
print(q.get(), "got one")
q.put(Item(20))
print([q.get() for _ in range(3)])
print("queue empty", q._in, q._out)
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
del s
print("stack gone")
del top
print(gc.collect())
