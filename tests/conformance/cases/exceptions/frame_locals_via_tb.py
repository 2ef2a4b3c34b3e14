# a traceback's frame still shows the raising function's locals
def f(x):
    y = x * 2
    raise ValueError
try:
    f(21)
except ValueError as e:
    frame = e.__traceback__.tb_next.tb_frame
    print(frame.f_locals["x"], frame.f_locals["y"])
