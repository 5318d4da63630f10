# Parsing raw network/log bytes with bytes regular expressions, as one does with data read
# from a socket or a binary file.
import re
import sys

raw = b"GET /index.html 200 5120\r\nPOST /api/login 401 87\r\nGET /img/logo.png 200 20480\r\n"
line_re = re.compile(rb"(?P<method>[A-Z]+) (?P<path>\S+) (?P<status>\d{3}) (?P<size>\d+)")
print(line_re, line_re.pattern, line_re.groups, line_re.groupindex)
total = 0
for m in line_re.finditer(raw):
    print(m.group("method"), m["path"], int(m["status"]), m.span(), m.groupdict())
    total += int(m.group("size"))
print("bytes served:", total)
print(re.findall(rb"\d+", b"a12b3c456"), re.findall(rb"(\w)=(\d)", b"x=1, y=2"))
print(re.split(rb"\r\n", raw.strip()), re.split(rb"(,)\s*", b"a, b,c", maxsplit=1))
print(re.sub(rb"\d", b"#", b"pin 1234"), re.subn(rb"o", b"0", b"foo boo"))
print(re.sub(rb"(\w+)@(\w+)\.com", rb"\2 at \1", b"mail alice@example.com now"))
print(re.sub(rb"[aeiou]", lambda m: m.group().upper(), b"hello world"))
m = re.search(rb"b+", bytearray(b"abbbc"))
print(m, m.group(), type(m.group()).__name__, type(m.string).__name__)
print(re.match(rb"\w+", "café".encode()), re.findall(rb"\w", "é".encode()), re.findall(r"\w+", "café"))
print(re.compile(rb"hello", re.IGNORECASE).search(b"Say HELLO"), re.fullmatch(rb"[0-9a-f]+", b"deadbeef"))
print(re.escape(b"1+1=2?"), re.compile(rb"\x00\xff").search(b"ab\x00\xffcd"))
print(re.compile(rb"x").flags, re.compile("x").flags, re.compile(rb"x", re.A).flags)
for bad in [lambda: re.compile(rb"\d").search("123"), lambda: re.compile(r"\d").search(b"123"),
            lambda: re.findall(rb"a", "banana"), lambda: re.compile(rb"x", re.UNICODE),
            lambda: re.sub(rb"a", "b", b"cat"), lambda: re.compile(rb"(?u)x"), lambda: re.compile(r"x", re.LOCALE)]:
    try:
        bad()
    except (TypeError, ValueError, re.error) as e:
        print(type(e).__name__ + ":", e)
print(sys.getsizeof(re.compile(rb"\d+")) == sys.getsizeof(re.compile(r"\d+")))
