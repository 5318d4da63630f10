# How many bytes does text take in UTF-8, Latin-1 and ASCII? Strings of different scripts
# encoded, measured and decoded back, with the codecs' errors.
import sys

samples = {
    "english": "Hello, world",
    "french": "Crème brûlée à la française",
    "greek": "Καλημέρα κόσμε",
    "russian": "Привет, мир",
    "hindi": "नमस्ते दुनिया",
    "japanese": "こんにちは世界",
    "emoji": "snake 🐍 heart ❤",
}

for name, text in samples.items():
    data = text.encode("utf-8")
    print(f"{name:9} chars={len(text):3} utf8={len(data):3} str_size={sys.getsizeof(text):4} bytes_size={sys.getsizeof(data):4}")

print(samples["french"].encode()[:12])
print(samples["emoji"].encode("utf-8"))
print("latin-1:", samples["french"].encode("latin-1"))
print("ascii replace:", samples["french"].encode("ascii", "replace"))
print("ascii ignore:", samples["greek"].encode("ascii", errors="ignore"))
for name in ("french", "russian"):
    try:
        samples[name].encode("ascii")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
try:
    samples["russian"].encode("latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)

broken = "naïve café".encode("utf-8")[:-1]
print("truncated:", broken)
try:
    broken.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("replace:", broken.decode("utf-8", "replace"))
print("ignore:", broken.decode("utf-8", "ignore"))
print("latin-1 decode:", broken.decode("latin-1"))
for bad in (b"\xff\xfe", b"ok\x80", b"\xe2\x82", b"\xc3("):
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
try:
    "x".encode("klingon")
except LookupError as e:
    print("LookupError:", e)

round_trip = all(t.encode().decode() == t for t in samples.values())
print("round trip:", round_trip)
print("singletons:", "".encode() is b"", "a".encode() is b"a", bytes(1) is b"\x00")
print("bytes():", bytes(3), bytes([104, 105]), bytes(range(65, 70)), bytes("é", "utf-8"))
print("bytearray sizes:", sys.getsizeof(bytearray("héllo", "utf-8")), sys.getsizeof(bytearray(range(20))),
      sys.getsizeof(bytearray([1, 2, 3])))
total = sum(len(t.encode()) for t in samples.values())
print("total utf-8 bytes:", total)
