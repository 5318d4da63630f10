"""The str.isprintable() table of this interpreter's Unicode database, as the run lengths that
src/interpreter/objects/unicodePrintableData.ts holds: alternating runs of non-printable and
printable code points from U+0000, each length in base 36, joined by ','. Regenerate with
  for v in 3.11.7 3.12.1 3.13.0; do PYENV_VERSION=$v python3 test/oracle/unicodePrintable.py; done
(repr() escapes exactly the non-printable code points, Objects/unicodeobject.c unicode_repr)."""
import sys, unicodedata

def base36(n):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    out = ''
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out

runs = []
printable = False
length = 0
for c in range(0x110000):
    p = chr(c).isprintable()
    if p != printable:
        runs.append(length)
        printable, length = p, 0
    length += 1
runs.append(length)
print(f"  '{sys.version_info.major}.{sys.version_info.minor}': '{','.join(base36(n) for n in runs)}', // Unicode {unicodedata.unidata_version}")
