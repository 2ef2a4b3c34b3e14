# exit("text") writes the text to stderr and exits with status 1, as SystemExit("text") does
import gc


class Node:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("del Node")


Node()
print("before", gc.collect() > 0)
exit("fatal: stopping via exit()")
print("not reached")
