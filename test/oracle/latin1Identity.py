"""Which one-character str constants are the `_Py_LATIN1_CHR` singletons, and the singletons' sizes.

    PYENV_VERSION=3.12.1 python3 test/oracle/latin1Identity.py

Line 1: the characters whose compiled constant is NOT the singleton (startup interned another
object under that value): VersionProfile.startupInternedChars. Line 2: getsizeof of chr(65),
chr(0xe9), chr(0xff). Lines 3+: the identity checks of src/interpreter/latin1Singletons.test.ts.
Keep this script free of one-letter names: a name interns its character.
"""
import sys

others = "".join(ch for ch in map(chr, range(256)) if eval(repr(ch)) is not ch)
print(others)
print(sys.getsizeof(chr(65)), sys.getsizeof(chr(0xE9)), sys.getsizeof(chr(0xFF)))
word = "abc"
print(word[0] is "abc"[0], chr(97) is word[0], sys.intern(chr(119)) is chr(119), "!" is chr(33))
