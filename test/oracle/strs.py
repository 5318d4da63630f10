"""str sizes by kind (compact ASCII, latin-1, UCS-2, UCS-4), with a cached UTF-8 copy, and the
non-compact layout of str subclass instances; plus the request sizes of fresh strings."""
import sys

from oracleFacts import emit, traced

N = range(0, 41)
one = len(sys.argv)


class S(str):
    pass


def with_utf8(s):
    """s after CPython cached its UTF-8 form (type() stores tp_name via PyUnicode_AsUTF8)."""
    type(s, (), {})
    return s


chars = {"ascii": "a", "latin1": "\xe9", "ucs2": "\u0101", "ucs4": "\U0001F600"}
facts = {}
for kind, c in chars.items():
    facts[f"getsizeof.{kind}"] = [sys.getsizeof(c * (n * one) + "") for n in N]
    facts[f"getsizeof.{kind}.utf8"] = [sys.getsizeof(with_utf8(c * (n * one))) for n in N]
    facts[f"getsizeof.subclass.{kind}"] = [sys.getsizeof(S(c * n)) for n in N]
    facts[f"request.{kind}"] = [traced(f"x = c * {n} * one", f"one = 1\nc = {c!r}") for n in range(2, 12)]
facts["request.subclass.ascii"] = [traced(f"x = S('a' * {n} * one)", "one = 1\nclass S(str): pass") for n in range(2, 12)]
emit(facts)
