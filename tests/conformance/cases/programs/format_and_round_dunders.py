# int/float/str __format__ and __round__ called directly, as format() and round() call them
print((255).__format__("x"), (2.5).__format__(".3f"), "ab".__format__(">5"), True.__format__("d"))
print((2.5).__round__(), (2.567).__round__(2), (7).__round__(), (1234).__round__(-2))
print(format(1234567, ","), round(-0.5), round(1.25, 1), hasattr(1.0, "__round__"))


class Money(float):
    def __round__(self, n=None):
        return "rounded"


print(round(Money(2.5)), format(Money(2.5), ".1f"))
