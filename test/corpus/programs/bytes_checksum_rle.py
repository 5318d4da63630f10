# Checksums and a run-length encoder over bytes: the kind of exercise a networking or
# file-formats course starts with.
import sys

PACKET = b"HELLO\x00\x00\x00\x00WORLD\xff\xff\xff!"


def checksum8(data):
    """Sum of the bytes modulo 256 (iteration yields ints)."""
    total = 0
    for b in data:
        total = (total + b) & 0xFF
    return total


def fletcher16(data):
    a = b = 0
    for byte in data:
        a = (a + byte) % 255
        b = (b + a) % 255
    return (b << 8) | a


def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        run = 1
        while i + run < len(data) and data[i + run] == data[i] and run < 255:
            run += 1
        out.append(run)
        out.append(data[i])
        i += run
    return bytes(out)


def rle_decode(encoded):
    out = bytearray()
    for k in range(0, len(encoded), 2):
        out += encoded[k + 1:k + 2] * encoded[k]
    return bytes(out)


print("packet:", PACKET)
print("length:", len(PACKET), "getsizeof:", sys.getsizeof(PACKET))
print("first byte:", PACKET[0], "last byte:", PACKET[-1], "slice:", PACKET[5:9])
print("checksum8:", checksum8(PACKET), hex(checksum8(PACKET)))
print("fletcher16:", fletcher16(PACKET), fletcher16(PACKET).to_bytes(2, "big"))
encoded = rle_encode(PACKET)
print("rle:", encoded.hex(" "))
print("rle sizes:", len(encoded), sys.getsizeof(encoded))
decoded = rle_decode(encoded)
print("round trip:", decoded == PACKET, decoded is PACKET, type(decoded).__name__)
print("hash equal:", hash(decoded) == hash(PACKET), hash(b"abc") == hash("abc"))

# Find things inside the packet.
print("find WORLD:", PACKET.find(b"WORLD"), "count 0xff:", PACKET.count(b"\xff"), "count 0:", PACKET.count(0))
print("zero in packet:", 0 in PACKET, b"LLO" in PACKET, b"xyz" in PACKET)
print("split on zero runs:", PACKET.split(b"\x00\x00\x00\x00"))
print("strip:", PACKET.rstrip(b"!\xff"), PACKET.lstrip(b"H"))
print("upper/lower:", b"MiXeD 123".lower(), b"MiXeD 123".upper(), b"hello world".title())
print("predicates:", b"123".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace(), b"ABC".isupper())
print("partition:", b"key=value=x".partition(b"="), b"key=value=x".rpartition(b"="))
print("replace:", b"a-b-c".replace(b"-", b"+"), b"a-b-c".replace(b"-", b"", 1))
print("join:", b", ".join([b"x", b"y", b"z"]), b"".join(b"%d" % n for n in range(5)))
print("fromhex:", bytes.fromhex("de ad be ef"), bytes.fromhex("deadbeef").hex(":", 2))
print("padding:", b"7".zfill(3), b"ab".center(6, b"*"), b"ab".ljust(4, b"."), b"ab".rjust(4))
print("compare:", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"abc" == bytearray(b"abc"))
print("repr choice:", b"it's", b'say "hi"', b"both ' and \"", b"\t\n\r\x00\x7f\x80")
print("int round trip:", int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True),
      (1000).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True))
print("format:", b"%s=%d (%x) %r" % (b"key", 42, 255, b"raw"), b"%5s|%-5s|" % (b"ab", b"cd"))
try:
    (300).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    PACKET[100]
except IndexError as e:
    print("IndexError:", e)
try:
    PACKET[0] = 1
except TypeError as e:
    print("TypeError:", e)
