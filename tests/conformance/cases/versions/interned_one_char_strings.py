# 3.11 and 3.12 intern their own static copies of some one-character names, so the constant "b" is not chr(98) there; "123" is interned like an identifier (all_name_chars)
import sys
b_const = "b"
g_const = "g"
x_const = "x"
print(b_const is chr(98), g_const is chr(103), x_const is chr(120))
print(sys.intern(chr(98)) is b_const, sys.intern(chr(103)) is chr(103))
folded = "abc"[1]
print(folded is b_const, ("ab" + "c")[2] is chr(99), (1, 2, 3)[-1] is 3 - 0)
class A:
    pass
a = A()
setattr(a, chr(98), 1)
print(list(vars(a))[0] is b_const, list({chr(98): 1})[0] is b_const)
num = "123"
print(num is sys.intern("".join(["1", "23"])), "12 3" is sys.intern("".join(["12", " 3"])))
