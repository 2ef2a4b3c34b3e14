# sys.exit() with no argument exits with status 0; finally blocks run first
import sys
print("before")
try:
    sys.exit()
finally:
    print("finally runs")
