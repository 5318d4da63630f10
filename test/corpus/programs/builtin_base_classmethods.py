# Static and class methods of built-in bases reached through user subclasses and their instances:
# str/bytes/bytearray.maketrans, dict.fromkeys (cls() then __setitem__), int.from_bytes, float.fromhex,
# bytes/bytearray.fromhex (cls(value)).
class I(int): pass
print(I.from_bytes(b"\x01\x00", "big"), type(I.from_bytes(b"\x01", "big")))
class F(float): pass
print(F.fromhex("0x1.8p1"), type(F.fromhex("0x1p0")))
class D(dict): pass
print(D.fromkeys("ab", 0), type(D.fromkeys("ab")))
print(D().fromkeys("c"))
class B(bytes): pass
print(B.fromhex("4142"), type(B.fromhex("41")))
print(B.maketrans(b"ab", b"cd")[97:99])
class Label(str): pass
print(Label("x").maketrans("a", "b"))
print(Label.maketrans("ab", "cd"))
print(Label.__dict__.get('maketrans'), type(str.__dict__['maketrans']))
class BA(bytearray): pass
print(BA.fromhex("41 42"), type(BA.fromhex("41")).__name__, BA.maketrans(b"a", b"b")[97])
class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
print(Loud.fromkeys([1, 2], "x"))
class I2(int):
    def __new__(cls, v):
        print("I2.__new__", v)
        return super().__new__(cls, v)
print(I2.from_bytes(b"\x02", "little"))
print(I(5).from_bytes(b"\x03", "big"), type(I(5).from_bytes(b"\x03", "big")).__name__)
sm = str.__dict__['maketrans']
print(type(sm).__name__, sm.__func__("a", "z"))
print(Label.maketrans({"q": "r"}), B(b"x").maketrans(b"x", b"y")[120])
