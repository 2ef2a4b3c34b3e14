# the name bound by "except E as e" is deleted at the end of the handler
try:
    raise ValueError("x")
except ValueError as e:
    print("caught", e)
try:
    e
except NameError as err:
    print("NameError:", err)
