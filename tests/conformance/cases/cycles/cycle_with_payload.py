# objects hanging off a cycle are freed with it (their __del__ runs during collection)
import gc
gc.collect()
gc.disable()
class Payload:
    def __del__(self):
        print("payload freed")
a = []
a.append(a)
a.append(Payload())
del a
print("collecting")
print(gc.collect())
