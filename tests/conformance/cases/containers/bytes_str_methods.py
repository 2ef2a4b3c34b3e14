# common str and bytes methods produce new objects
s = "Hello World"
print(s.lower(), s.upper(), s.split(), s.replace("o", "0"), s.find("W"))
b = s.encode()
print(b, b.decode() == s, len(b), b.upper())
print(",".join(["a", "b"]), " x ".strip(), "a-b".partition("-"))
