# an uncaught exception prints its traceback before globals are finalized
class T:
    def __del__(self):
        print("del after traceback")
t = T()
print("about to fail")
raise ValueError("uncaught")
