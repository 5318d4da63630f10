# Folding accents for a search index: NFKD splits letters from their marks, combining() finds the
# marks, NFC puts them back; the two forms differ in length and in memory.
import sys
import unicodedata

NAMES = ["Crème Brûlée", "Zoë Saldaña", "Ångström", "naïve façade", "Đặng Thị Huệ",
         "ﬁnancial ½ cup", "Ｆｕｌｌｗｉｄｔｈ", "한국어 텍스트", "São Paulo"]


def fold(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def slug(text):
    out = []
    for c in fold(text):
        if unicodedata.category(c)[0] in "LN" and c.isascii():
            out.append(c)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


for name in NAMES:
    print(f"{name!r:24} -> {fold(name)!r:24} slug={slug(name)}")

print()
print("form  len  size  normalized?")
word = "Việt Nam, Ελληνικά, café"
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    s = unicodedata.normalize(form, word)
    print(f"{form:5} {len(s):3} {sys.getsizeof(s):5}  {unicodedata.is_normalized(form, word)}")

composed = unicodedata.normalize("NFC", "cafe\u0301")
decomposed = unicodedata.normalize("NFD", "café")
print(composed == "café", decomposed == "cafe\u0301", composed == decomposed)
print(len(composed), len(decomposed), sys.getsizeof(composed), sys.getsizeof(decomposed))

# An already-normalized str comes back as the very same object.
plain = "already plain ascii text"
print(unicodedata.normalize("NFC", plain) is plain, unicodedata.normalize("NFD", plain) is plain)

# Hangul syllables decompose into jamo by arithmetic and compose back.
han = "한글"
jamo = unicodedata.normalize("NFD", han)
print(len(han), len(jamo), [hex(ord(c)) for c in jamo])
print(unicodedata.normalize("NFC", jamo) == han, sys.getsizeof(han), sys.getsizeof(jamo))

for c in "é½ﬁ가Ǆ":
    print(f"U+{ord(c):04X} {unicodedata.decomposition(c)!r}")

for bad in [lambda: unicodedata.normalize("nfc", "x"), lambda: unicodedata.normalize("NFC", b"x"),
            lambda: unicodedata.is_normalized("NFD"), lambda: unicodedata.combining("ab")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
