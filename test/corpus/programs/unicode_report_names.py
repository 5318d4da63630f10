# A text report drawn with box-drawing characters and named escapes (\N{...}),
# the way a script formats a summary for a terminal.
import sys
import unicodedata

H = "\N{BOX DRAWINGS LIGHT HORIZONTAL}"
V = "\N{BOX DRAWINGS LIGHT VERTICAL}"
TL, TR = "\N{BOX DRAWINGS LIGHT DOWN AND RIGHT}", "\N{BOX DRAWINGS LIGHT DOWN AND LEFT}"
BL, BR = "\N{BOX DRAWINGS LIGHT UP AND RIGHT}", "\N{BOX DRAWINGS LIGHT UP AND LEFT}"
BULLET = "\N{BULLET}"
CHECK, CROSS = "\N{CHECK MARK}", "\N{BALLOT X}"

sales = [("North", 1250.5, True), ("South", 980.0, False), ("East", 1510.25, True), ("West", 640.75, False)]
width = 34
print(TL + H * width + TR)
title = "Quarterly sales \N{EM DASH} Q3"
print(V + title.center(width) + V)
print(V + H * width + V)
for region, amount, met in sales:
    mark = CHECK if met else CROSS
    line = f" {BULLET} {region:<6} {amount:>10,.2f} \N{EURO SIGN} {mark}"
    print(V + line.ljust(width) + V)
print(BL + H * width + BR)

total = sum(a for _, a, _ in sales)
print(f"Total: {total:,.2f}\N{NO-BREAK SPACE}\N{euro sign}")
print("Arrows:", "\N{LEFTWARDS ARROW}\N{UPWARDS ARROW}\N{RIGHTWARDS ARROW}\N{DOWNWARDS ARROW}")
print("Greek:", "\N{GREEK SMALL LETTER ALPHA}\N{GREEK SMALL LETTER BETA}\N{GREEK CAPITAL LETTER OMEGA}")
print("Math:", "x \N{LESS-THAN OR EQUAL TO} y \N{NOT EQUAL TO} z, \N{INFINITY}, \N{N-ARY SUMMATION}")
print("Blocks:", "\N{FULL BLOCK}\N{DARK SHADE}\N{MEDIUM SHADE}\N{LIGHT SHADE}", "\N{BLACK STAR}\N{WHITE STAR}")
print("Emoji:", ascii("\N{GRINNING FACE}\N{ROCKET}\N{THUMBS UP SIGN}"))
print("Hangul and CJK:", ascii("\N{HANGUL SYLLABLE HAN}\N{CJK UNIFIED IDEOGRAPH-4E2D}"))

# Octal escapes in a str go up to \777; bytes keep one byte.
print(ascii("\101\400\777"), len("\400"), b"\101\177")

# The names go both ways through unicodedata.
for ch in (BULLET, H, "\u00e9", "\N{SNOWMAN}", "\uac01", "\u4e00"):
    print(f"U+{ord(ch):04X}", unicodedata.name(ch))
print(unicodedata.lookup("white smiling face") == "\N{WHITE SMILING FACE}")
print(unicodedata.name("\x07", "<no name>"))
try:
    unicodedata.lookup("BULLET POINT")
except KeyError as e:
    print("KeyError:", e)
try:
    unicodedata.name("\x00")
except ValueError as e:
    print("ValueError:", e)

# A mistyped name is a SyntaxError when the code is compiled.
try:
    compile('s = "\\N{BULLIT}"', "<report>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile('s = "ok" "\\N{}"', "<report>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(sys.getsizeof(title), sys.getsizeof(BULLET * 3), sys.getsizeof("\N{GRINNING FACE}"))
