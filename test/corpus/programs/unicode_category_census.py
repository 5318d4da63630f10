# A census of a multilingual text by Unicode category, bidirectional class and east-asian width,
# with the numeric values of the digits and fractions it contains.
import unicodedata
from collections import Counter

TEXT = ("Hello, world! Привет, мир! مرحبا بالعالم ١٢٣ שלום עולם 你好，世界！ こんにちは 안녕하세요 "
        "½ cup + ¾ cup = 1¼ cups; Ⅻ o'clock; x² + y² = z²; 3.14 € £5 ¥100 — “quoted” «guillemets» 😀👍 ")

cats = Counter(unicodedata.category(c) for c in TEXT)
for cat, n in sorted(cats.items()):
    print(f"{cat}: {n}")

print()
groups = Counter(unicodedata.category(c)[0] for c in TEXT)
print(sorted(groups.items()))

bidi = Counter(unicodedata.bidirectional(c) for c in TEXT)
print(sorted(bidi.items()))

widths = Counter(unicodedata.east_asian_width(c) for c in TEXT)
print(sorted(widths.items()))


def display_width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)


for word in ["你好", "Hello", "안녕하세요", "ｆｕｌｌ", "cafe\u0301"]:
    print(f"{word!r}: len={len(word)} width={display_width(word)}")

print()
for c in "7١٢٣²½¾¼Ⅻ五":
    print(f"{c} {unicodedata.name(c, '?'):40} decimal={unicodedata.decimal(c, None)} "
          f"digit={unicodedata.digit(c, None)} numeric={unicodedata.numeric(c, None)}")

total = sum(unicodedata.numeric(c) for c in TEXT if unicodedata.category(c) == "No")
print("sum of No chars:", total)
print([unicodedata.mirrored(c) for c in "()[]«»<>a"])
print([unicodedata.combining(c) for c in "a\u0301\u0327\u05b0\u093c"])

for bad in [lambda: unicodedata.decimal("²"), lambda: unicodedata.digit("x"),
            lambda: unicodedata.numeric("x"), lambda: unicodedata.category("xy"),
            lambda: unicodedata.category(7)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(unicodedata.unidata_version)

# str's own predicates use the same database.
SAMPLE = "7²½٣Ⅻ五aé\u0301 \x1c\ufeff\u3000"
for method in ["isdecimal", "isdigit", "isnumeric", "isalpha", "isalnum", "isspace"]:
    print(method, "".join("1" if getattr(c, method)() else "." for c in SAMPLE))
