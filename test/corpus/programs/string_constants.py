# The string module's character classes and capwords.
import string

print(string.ascii_lowercase, string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wide  world"), string.capwords("a-b-c", "-"))
print(sum(c in string.punctuation for c in "Hi, there! (ok?)"))
