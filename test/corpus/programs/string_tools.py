"""String processing with str methods: ciphers, palindromes, wrapping, tables."""
import string

def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


secret = caesar("Hello, World! Attack at dawn.", 3)
print(secret, "|", caesar(secret, -3))
print(caesar("xyz ABC", 13), caesar(caesar("round trip", 13), 13))

vowels = str.maketrans("", "", "aeiouAEIOU")
print("Programming in Python".translate(vowels))
print("tab\tseparated".translate({ord("\t"): " -> "}), "abc".translate({97: None, 98: "B"}))
print(str.maketrans({"a": "1", "b": None}))


def is_palindrome(s):
    cleaned = "".join(ch.lower() for ch in s if ch.isalnum())
    return cleaned == cleaned[::-1]


for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", ""]:
    print(f"{s!r:35} {is_palindrome(s)}")


def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump!")
for line in wrap(TEXT, 28):
    print("|" + line.ljust(28) + "|", "|" + line.center(30, ".") + "|")

path = "/usr/local/lib/python3.12/site-packages/module.py"
print(path.rsplit("/", 1), path.rsplit("/", 2)[-2:], path.split("/", 2))
print(path.partition("/lib/"), path.rpartition("."), "nothing".partition(":"))
print("a,b,,c".split(","), "  many   spaces  ".split(), "a b  c".rsplit(None, 1))
print("x".zfill(5), "42".zfill(6), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2))
print("title".center(11, "*"), "left".ljust(8, "-") + "|", "right".rjust(8, "-"))
print(repr("a\tb\tc".expandtabs()), repr("col1\tcol2\tc3".expandtabs(6)), repr("ab\tc\n\td".expandtabs(4)))
print("Hello World".swapcase(), "hello world".title(), "HELLO".casefold(), "mIxEd".capitalize())
print("  strip me  ".strip(), "xxhixx".strip("x"), "www.example.com".lstrip("w."), "file.txt".removesuffix(".txt"))
print("prefix_name".removeprefix("prefix_"), "hello".startswith(("he", "x")), "data.csv".endswith((".csv", ".tsv")))
print("banana".count("an"), "banana".find("na"), "banana".rfind("na"), "banana".index("b"), "banana".replace("a", "o", 2))
print("line1\nline2\r\nline3".splitlines(), "keep\nends\n".splitlines(True))
print("123".isdigit(), "abc".isalpha(), "abc123".isalnum(), "   ".isspace(), "Title Case".istitle(), "UP".isupper())
print("-".join(["2024", "01", "15"]), ", ".join(str(n) for n in range(5)))
words = "the cat and the hat and the bat".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print(f"{'name':^10}|{'qty':>5}|{'price':>8}")
for name, qty, price in [("apple", 3, 0.5), ("melon", 12, 2.25), ("kiwi", 100, 0.125)]:
    print(f"{name:^10}|{qty:>5d}|{price:>8.3f}")
print(string.punctuation, string.digits, string.hexdigits)
print("%s has %d items costing %.2f (%5.1f%%)" % ("cart", 3, 9.5, 12.345))
print("{0}-{1}-{0}".format("a", "b"), "{name}:{val:08.3f}".format(name="pi", val=3.14159))
print(ord("A"), chr(97), ascii("héllo"), "ß".upper(), "İ".lower() == "i̇")
