# __traceback__ links frames; tb_next walks from the catching frame to the raising one
def inner():
    raise RuntimeError("deep")
def outer():
    inner()
try:
    outer()
except RuntimeError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
