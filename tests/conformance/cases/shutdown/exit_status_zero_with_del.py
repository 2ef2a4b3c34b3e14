# a __del__ at exit does not change the exit status
import sys
class T:
    def __del__(self):
        print("del at exit")
t = T()
print("exiting")
sys.exit(0)
