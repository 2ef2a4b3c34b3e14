# an error from the iterator's next in a for loop is located at FOR_ITER, not the body's last line
def g():
    yield 1
    raise ValueError("boom")
class Countdown:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError("k")
def consume():
    total = 0
    for x in (
            g()):
        total += x
        total *= 2
def consume_class():
    for y in Countdown():
        print("never")
def show(fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__.tb_next
        print(type(e).__name__, tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next.tb_lineno)
show(consume)
show(consume_class)
for x in g():
    x = x + 1
    x = x * 2
