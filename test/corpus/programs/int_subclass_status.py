"""HTTP status codes as an int subclass: a lookup table, ranges, and what each code costs."""
import gc
import sys


class Status(int):
    """An int code that knows its reason phrase; no per-instance dict."""

    __slots__ = ()
    PHRASES = {200: "OK", 201: "Created", 301: "Moved Permanently", 404: "Not Found", 500: "Internal Server Error"}

    def __new__(cls, code):
        if not 100 <= int(code) <= 599:
            raise ValueError(f"invalid status {code}")
        return super().__new__(cls, code)

    @property
    def phrase(self):
        return self.PHRASES.get(int(self), "Unknown")

    @property
    def is_error(self):
        return self >= 400

    def __str__(self):
        return f"{int(self)} {self.phrase}"

    def __repr__(self):
        return f"Status({int(self)})"


codes = [Status(c) for c in (200, 404, 301, 500, 201)]
print(codes, [str(c) for c in codes])
print(sorted(codes), [c for c in codes if c.is_error], sum(codes), max(codes).phrase)
by_class = {}
for c in codes:
    by_class.setdefault(c // 100 * 100, []).append(c)
print(by_class, type(list(by_class)[0]).__name__)
ok = Status(200)
print(ok == 200, 200 == ok, ok in {200: 1}, {ok: "x"}[200], hash(ok) == hash(200), ok + 1, type(ok + 1).__name__)
print(f"{ok:05d}", f"{ok:x}", "%d" % ok, "%s" % ok, int(ok), type(int(ok)).__name__, bool(ok), -ok, ok.bit_length())
print(int.__add__(ok, 4), int.__sub__(ok, 1), int.__add__(ok, 0.5), ok.__class__.__name__, isinstance(ok, int))
try:
    Status("700")
except ValueError as e:
    print("ValueError:", e)


class Counted(int):
    """An int with a mutable attribute, so each instance carries a __dict__."""


n = Counted(7)
n.hits = 3
print(n, n.hits, n.__dict__, n * 2, type(n * 2).__name__, Counted("12") + Counted(30))
print(sys.getsizeof(ok), sys.getsizeof(200), sys.getsizeof(ok) - sys.getsizeof(200), gc.is_tracked(ok), gc.is_tracked(200))
print(sys.getsizeof(Counted(2**40)) - sys.getsizeof(Counted(7)), sys.getsizeof(Counted(2**90)) - sys.getsizeof(Counted(0)), gc.is_tracked(n))
