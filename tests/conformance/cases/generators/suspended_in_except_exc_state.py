# a generator freed while suspended in an except block (close() ignored) releases gi_exc_state
class Big:
    def __del__(self):
        print("Big freed")
def stubborn():
    b = Big()
    try:
        raise ValueError("x")
    except ValueError:
        while True:
            try:
                yield 1
            except GeneratorExit:
                pass
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
# dropped by a whole-line statement, which the unraisable report does not underline
holder = [g]
g = None
holder.pop()
print("after drop")
