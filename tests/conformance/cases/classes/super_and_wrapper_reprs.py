# repr of super objects, and of staticmethod/classmethod (the wrapped callable shown from 3.10)
class Base:
    def who(self):
        return "base"


class Child(Base):
    @staticmethod
    def helper():
        return 1

    def show(self):
        print(super())
        print(super(Child, Child))


Child().show()
print(staticmethod(len), classmethod(len))
print(Child.__dict__["helper"])
