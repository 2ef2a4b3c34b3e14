# DEBUG_STATS left on: shutdown's collections (finalize_modules) print their list lengths too
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.me = self


def helper():
    return [Node(i) for i in range(3)]


kept = helper()
gc.set_debug(gc.DEBUG_STATS)
print("end of program")
