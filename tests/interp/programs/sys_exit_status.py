# SystemExit ends the program with its code after finally blocks run
print("before")
try:
    raise SystemExit(3)
finally:
    print("finally")
