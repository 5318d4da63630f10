# A lesson on str objects: which strings are shared, which are copies, and what each costs.
import sys

print("== sizes by the widest character")
for text in ["", "a", "abc", "é", "ÿ", "café", "Ā", "日本", "🐍", "a" * 20]:
    print(repr(text), len(text), sys.getsizeof(text))

print("== one-character strings")
word = "python"
first = word[0]
print(first, first is word[0], chr(112) is first, "python"[0] is first)
print("p is a literal:", first is "p")
print(word[-1] is "n", word[1] is "y", word[2] is "t")
letters = [ch for ch in "hello"]
print(letters[2] is letters[3], letters[0] is "hello"[0])
bang = "!"
print("!?"[0] is bang, chr(33) is bang)
eacute = "é"
print(sys.getsizeof(eacute), sys.getsizeof("caf" + eacute), "café"[-1] is eacute)

print("== identifiers are interned")
s1 = "hello"
s2 = "hello"
print(s1 is s2)
built = "".join(["hel", "lo"])
print(built == s1, built is s1, sys.intern(built) is s1)
spaced = "hello world"
print(spaced is "hello world")
print(sys.getsizeof(s1), sys.getsizeof(spaced), sys.getsizeof(built))
