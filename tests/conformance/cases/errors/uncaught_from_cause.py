# "raise ... from" prints the cause first with "direct cause" wording
try:
    1 / 0
except ZeroDivisionError as e:
    raise ValueError("wrapped") from e
print("never")
