# A tiny help(): the first line of each built-in's doc string, and what dir() finds documented.
import sys


def first_line(obj):
    doc = obj.__doc__
    if doc is None:
        return "(no doc)"
    return doc.strip().splitlines()[0]


for f in (len, print, sorted, abs, isinstance, getattr, max):
    print(f"{f.__name__:>10}: {first_line(f)}")

print()
for t in (str, list, dict, int, object, ValueError):
    print(f"{t.__name__:>10}: {first_line(t)}")

print()
print("str methods that talk about 'whitespace':")
for name in dir(str):
    if name.startswith("_"):
        continue
    doc = getattr(str, name).__doc__ or ""
    if "whitespace" in doc:
        print("  ", name)

print()
print("list methods:")
for name in sorted(n for n in dir(list) if not n.startswith("_")):
    print(f"  list.{name}: {first_line(getattr(list, name))}")

print()
print("bound:", "abc".upper.__doc__)
print("slot wrapper:", list.__len__.__doc__, [].__len__.__doc__)
print("getset:", int.real.__doc__)
print("class method:", first_line(dict.fromkeys))
print("signature:", len.__text_signature__, str.upper.__text_signature__)

# Each read builds a new str from the C doc string.
a = len.__doc__
b = len.__doc__
print(a == b, a is b, sys.getrefcount(a), sys.getsizeof(a) > len(a))
print(len(str.__doc__.splitlines()) > 3)
