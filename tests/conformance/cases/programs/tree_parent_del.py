# a tree with parent back-pointers: __del__ runs only when the collector breaks the cycles
import gc
gc.collect()
gc.disable()

log = []


class TreeNode:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def __del__(self):
        log.append(self.name)

    def walk(self, depth=0):
        yield depth, self.name
        for child in self.children:
            yield from child.walk(depth + 1)

    def __repr__(self):
        return f"TreeNode({self.name!r}, children={len(self.children)})"


root = TreeNode("root")
for i in range(3):
    child = TreeNode(f"c{i}", root)
    for j in range(2):
        TreeNode(f"c{i}.{j}", child)
del child

for depth, name in root.walk():
    print("  " * depth + name)
print(repr(root), root.children[1])

leaf = root.children[2].children[1]
del root
print("after del root:", log, gc.collect() > 0)
print("log", sorted(log), len(log))
print("leaf still alive", leaf.name, leaf.parent.name, leaf.parent.parent.name)
log.clear()
del leaf
print("unreachable", gc.collect())
print(sorted(log))
gc.enable()
