# small ints, one-character strings, True/False and () are shared all over the interpreter: getrefcount shows the start-up heap's references (3.11 counts from 999999999, 3.12+ immortal)
import sys
getrc = sys.getrefcount
counts = []
for number in range(int("-5"), 257):
    counts.append(getrc(number))
print(counts[:16])
print(counts[-10:])
letters = []
for code in range(int("97"), int("123")):
    letters.append(getrc(chr(code)))
print(letters)
print(getrc(chr(int("0"))), getrc(chr(int("255"))), getrc(chr(int("65"))))
print(getrc(True) > 50, getrc(bytes()) > 1, getrc(str()) > 10)
