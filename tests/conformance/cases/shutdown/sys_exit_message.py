# sys.exit with a string prints it to stderr and exits with status 1
import sys
class T:
    def __del__(self):
        print("del")
t = T()
sys.exit("fatal: stopping")
