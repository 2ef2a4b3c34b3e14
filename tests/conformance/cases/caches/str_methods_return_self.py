# str methods that change nothing hand back the string itself (unicode_result_unchanged), and so do f'{s}', format(s), '%s' % s, ''.join([s]); each holds one more reference
import sys
s = "".join(["hello", " world"])
results = [s.strip(), s.replace("z", "y"), s.center(3), s.zfill(2), s.ljust(1), s.expandtabs(),
           s.split("z")[0], s.partition("z")[0], s.splitlines()[0], f"{s}", format(s), "{}".format(s),
           "%s" % s, "".join([s]), s + "", s * 1, str(s), s[:]]
print([r is s for r in results], sys.getrefcount(s))
fresh = [s.translate({}), s.upper().lower(), "{} ".format(s), f"{s!r}", s.center(20), s.swapcase()]
print([r is s for r in fresh], sys.getrefcount(s))
b = b"".join([b"hello", b" world"])
bres = [b.strip(), b.replace(b"z", b"y"), b.center(3), b"".join([b]), b + b"", b"" + b, b * 1, b.split(b"z")[0]]
print([r is b for r in bres], b.expandtabs() is b, sys.getrefcount(b))
del results, bres
print(sys.getrefcount(s), sys.getrefcount(b))
