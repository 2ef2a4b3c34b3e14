# del of the last name deallocates at once: __del__ runs before the next statement
class T:
    def __del__(self):
        print("freed")
t = T()
print("before del")
del t
print("after del")
