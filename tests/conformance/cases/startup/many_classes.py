# twenty-five classes with methods and comprehensions: a long compilation
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
class K0:
    rate = 0.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 0)]
    def __repr__(self):
        return 'K0(%r)' % (self.x,)
class K1:
    rate = 1.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 1)]
    def __repr__(self):
        return 'K1(%r)' % (self.x,)
class K2:
    rate = 2.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 2)]
    def __repr__(self):
        return 'K2(%r)' % (self.x,)
class K3:
    rate = 3.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 3)]
    def __repr__(self):
        return 'K3(%r)' % (self.x,)
class K4:
    rate = 4.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 4)]
    def __repr__(self):
        return 'K4(%r)' % (self.x,)
class K5:
    rate = 5.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 5)]
    def __repr__(self):
        return 'K5(%r)' % (self.x,)
class K6:
    rate = 6.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 6)]
    def __repr__(self):
        return 'K6(%r)' % (self.x,)
class K7:
    rate = 7.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 7)]
    def __repr__(self):
        return 'K7(%r)' % (self.x,)
class K8:
    rate = 8.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 8)]
    def __repr__(self):
        return 'K8(%r)' % (self.x,)
class K9:
    rate = 9.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 9)]
    def __repr__(self):
        return 'K9(%r)' % (self.x,)
class K10:
    rate = 10.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 10)]
    def __repr__(self):
        return 'K10(%r)' % (self.x,)
class K11:
    rate = 11.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 11)]
    def __repr__(self):
        return 'K11(%r)' % (self.x,)
class K12:
    rate = 12.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 12)]
    def __repr__(self):
        return 'K12(%r)' % (self.x,)
class K13:
    rate = 13.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 13)]
    def __repr__(self):
        return 'K13(%r)' % (self.x,)
class K14:
    rate = 14.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 14)]
    def __repr__(self):
        return 'K14(%r)' % (self.x,)
class K15:
    rate = 15.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 15)]
    def __repr__(self):
        return 'K15(%r)' % (self.x,)
class K16:
    rate = 16.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 16)]
    def __repr__(self):
        return 'K16(%r)' % (self.x,)
class K17:
    rate = 17.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 17)]
    def __repr__(self):
        return 'K17(%r)' % (self.x,)
class K18:
    rate = 18.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 18)]
    def __repr__(self):
        return 'K18(%r)' % (self.x,)
class K19:
    rate = 19.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 19)]
    def __repr__(self):
        return 'K19(%r)' % (self.x,)
class K20:
    rate = 20.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 20)]
    def __repr__(self):
        return 'K20(%r)' % (self.x,)
class K21:
    rate = 21.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 21)]
    def __repr__(self):
        return 'K21(%r)' % (self.x,)
class K22:
    rate = 22.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 22)]
    def __repr__(self):
        return 'K22(%r)' % (self.x,)
class K23:
    rate = 23.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 23)]
    def __repr__(self):
        return 'K23(%r)' % (self.x,)
class K24:
    rate = 24.25
    def __init__(self, x):
        self.x = x
    def scaled(self):
        return [self.x * k for k in (1, 2, 24)]
    def __repr__(self):
        return 'K24(%r)' % (self.x,)
