# sys.exit with an integer sets the exit status; finalizers still run
import sys
class T:
    def __del__(self):
        print("del during exit")
t = T()
print("calling sys.exit(3)")
sys.exit(3)
