# a cell captured through two levels of nesting keeps the value alive
class T:
    def __del__(self):
        print("T freed")
def a():
    t = T()
    def b():
        def c():
            return t
        return c
    return b()
f = a()
print("have c")
f = None
print("end")
