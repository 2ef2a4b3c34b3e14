# a finally block runs before the frame's locals are released
class T:
    def __del__(self):
        print("T freed")
def f():
    t = T()
    try:
        return "value"
    finally:
        print("finally")
print(f())
print("end")
