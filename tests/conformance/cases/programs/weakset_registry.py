# a registry of live instances with weakref.ref callbacks and WeakKeyDictionary metadata
import gc
import weakref
gc.collect()


class Session:
    live = []

    def __init__(self, user):
        self.user = user
        Session.live.append(weakref.ref(self, Session._gone))

    @staticmethod
    def _gone(ref):
        print("session finished")
        Session.live.remove(ref)

    @classmethod
    def users(cls):
        return sorted(r().user for r in cls.live if r() is not None)


meta = weakref.WeakKeyDictionary()
s1 = Session("ann")
s2 = Session("bob")
s3 = Session("cy")
meta[s1] = {"logins": 3}
meta[s2] = {"logins": 1}
print(Session.users(), len(meta), meta[s1])
del s2
print(Session.users(), len(meta))
s3.self_ref = s3
del s3
print("before collect", Session.users(), len(Session.live))
print("collected", gc.collect())
print("after collect", Session.users(), len(Session.live))
r = weakref.ref(s1)
print(r() is s1, weakref.getweakrefcount(s1), r == weakref.ref(s1))
del s1
print(r(), len(meta), Session.live)
print(gc.collect())
