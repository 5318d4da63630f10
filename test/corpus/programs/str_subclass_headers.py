"""HTTP headers keyed by a case-insensitive str subclass; str methods hand back plain strs."""
import gc
import sys


class Header(str):
    """A header name: compares and hashes without case, prints as written."""

    __slots__ = ()

    def __eq__(self, other):
        return isinstance(other, str) and self.lower() == other.lower()

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.lower())

    def canonical(self):
        return "-".join(part.capitalize() for part in self.split("-"))


raw = "content-TYPE: text/html\nX-Request-Id: 42\ncontent-length: 512\nACCEPT: */*"
headers = {}
for line in raw.splitlines():
    name, _, value = line.partition(":")
    headers[Header(name)] = value.strip()

print(headers[Header("Content-Type")], headers[Header("CONTENT-LENGTH")], Header("accept") in headers)
print([h.canonical() for h in headers], [type(h).__name__ for h in list(headers)[:2]])
h = Header("X-Request-Id")
print(h, repr(h), len(h), h.upper(), type(h.upper()).__name__, type(h[2:]).__name__, type(h + "!").__name__)
print(h == "x-request-id", h != "X-REQUEST-ID", "x-request-id" == h, h.startswith("X-"), h.split("-"), f"[{h:>14}]")
print(type(str(h)).__name__, str(h) is h, type(h.strip()).__name__, type(h * 2).__name__, "%s|%r" % (h, h))
print(isinstance(h, str), type(h) is str, Header.__mro__, sorted([Header("b"), "a", Header("C")]))


class Tag(str):
    """A tag with its own attributes (a __dict__ per instance)."""

    def __new__(cls, text, weight=1):
        obj = super().__new__(cls, text.strip().lower())
        obj.weight = weight
        return obj


tags = [Tag(" Python ", 3), Tag("GC"), Tag("memory ", 2)]
print(tags, [t.weight for t in tags], ",".join(tags), max(tags, key=lambda t: t.weight))
print(gc.is_tracked(h), gc.is_tracked("plain"), sys.getsizeof(Header("abcd")) - sys.getsizeof(Header("abc")))
print(sys.getsizeof(Tag("abc")) - sys.getsizeof(Header("abc")), sys.getsizeof(Header("ab€")) - sys.getsizeof(Header("abc")))
