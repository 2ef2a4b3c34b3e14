# hunting a leak: objects that reference their owner, found with gc.get_objects counts by type
import gc
gc.collect()


class Widget:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        self.callbacks = []
        if parent:
            parent.children.append(self)

    def on_click(self, fn):
        self.callbacks.append(fn)


def count(tp):
    return sum(1 for o in gc.get_objects() if type(o) is tp)


def build_ui():
    root = Widget()
    for i in range(5):
        button = Widget(root)
        button.on_click(lambda b=button: b.children)
    return len(root.children)


gc.disable()
before = count(Widget)
for _ in range(3):
    build_ui()
print("widgets leaked before collect:", count(Widget) - before)
found = gc.collect()
print("collected objects:", found, "widgets left:", count(Widget) - before)


def build_ui_weak():
    root = Widget()
    for i in range(5):
        Widget(root)
    for child in root.children:
        child.parent = None
    return root


uis = [build_ui_weak() for _ in range(2)]
print("kept widgets:", count(Widget) - before, gc.collect())
uis.clear()
print("after clear:", count(Widget) - before, gc.collect())
gc.enable()
