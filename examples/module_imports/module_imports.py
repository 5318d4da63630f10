"""Importing your own module: its top level runs once, on the first import.

`import palette` finds palette.py beside this script (the script's folder is sys.path[0]), creates
a module object, runs palette.py's lines to fill the module's namespace, and keeps the module. A
second import, under any name, gets the same module and runs nothing again: the objects palette.py
built are shared by everyone who imported it.

Run it in the inspector, then open palette.py: its lines carry code lenses of their own (what its
top level allocated while the import ran), and the import lines here keep only the names they bind.
"""
import sys

import palette
import palette as again
from palette import COLORS, shade

print(palette is again, again.COLORS is COLORS)
print(palette.__name__, palette.IMPORTS)

# The dict was built once, by palette.py's line; this script only holds another reference to it.
print(len(COLORS), COLORS["teal"])
print(sys.getsizeof(COLORS))

# Functions defined in the module run here, but their globals are the module's namespace.
print(shade("teal", 0.5))
print(shade.__module__, shade.__globals__ is vars(palette))

# Rebinding a name imported with `from` changes only this script's name, not the module's.
COLORS = {}
print(len(palette.COLORS), len(COLORS))
