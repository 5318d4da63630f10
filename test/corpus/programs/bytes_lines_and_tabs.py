# Reading a raw HTTP-like response as bytes: splitting it into lines, expanding tab-separated
# columns for display, and what each step allocates.
import sys

raw = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Count: 3\r\n\r\nname\tqty\tprice\napple\t3\t1.20\nkiwi\t12\t0.35\n"
head, _, body = raw.partition(b"\r\n\r\n")
headers = head.splitlines()
print(len(headers), headers[0])
for line in headers[1:]:
    key, _, value = line.partition(b": ")
    print(key.decode(), "=", value.decode())

rows = body.splitlines()
print(rows)
for row in rows:
    print(row.expandtabs(8).decode() + "|")
print([r.expandtabs(4) for r in rows])
print(body.splitlines(keepends=True)[-1])

# An exact bytes with nothing to split is the list's one item; expandtabs always copies.
word = b"plain"
print(word.splitlines()[0] is word, word.expandtabs() is word, word.expandtabs() == word)
print(sys.getsizeof(rows), sys.getsizeof(headers), sys.getsizeof(b"".splitlines()))

# bytearray gives bytearrays back.
buf = bytearray(b"a\tb\r\nc\rd")
print(buf.splitlines(), buf.expandtabs(2), type(buf.splitlines()[0]).__name__)
print(b"\tx".expandtabs(0), b"ab\tc".expandtabs(-1), b"\r\n\n".splitlines(True))
try:
    b"x".expandtabs("4")
except TypeError as e:
    print("TypeError:", e)
