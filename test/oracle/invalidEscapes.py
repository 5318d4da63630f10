"""Docstring with ASCII art:
   / \
  /   \
 \d
"""
import re
pattern = "\d+\.\d+"
raw = r"\d+"
both = "\s" "\w"
b = b"\q"
o = "\777"
ok = "\x41\n\t\\ \u00e9 \101"
e = "caf\é"
art = ("   / \ "
       "  \_/ ")
uni = b"\N{x}", "\N{DIGIT ONE}"
print(pattern, raw, both, b, len(o), ok, e, art)
def f():
    "\["
    return 1
print(f.__doc__, re.findall(pattern, "1.5 and 22.75"))
