# __getattr__ is consulted only for missing attributes; __setattr__ sees every assignment
class C:
    def __getattr__(self, name):
        return f"missing {name}"
    def __setattr__(self, name, value):
        print("set", name)
        object.__setattr__(self, name, value)
c = C()
c.x = 1
print(c.x, c.y)
