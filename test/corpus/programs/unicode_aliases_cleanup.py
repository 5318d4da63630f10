# Cleaning pasted text: invisible characters have short alias names that \N{...} and
# unicodedata.lookup() both understand, though unicodedata.name() gives the long official name.
import unicodedata

INVISIBLE = {
    "\N{NBSP}": " ",
    "\N{ZWSP}": "",
    "\N{ZWJ}": "",
    "\N{BYTE ORDER MARK}": "",
    "\N{SHY}": "",
    "\N{nnbsp}": " ",
}

pasted = "\N{BOM}Price:\N{NBSP}42\N{ZWSP} EUR\N{LINE FEED}next\N{TAB}line\N{shy}!"
print(ascii(pasted), len(pasted))
cleaned = "".join(INVISIBLE.get(ch, ch) for ch in pasted)
print(ascii(cleaned), len(cleaned))

for alias in ["NBSP", "zwj", "LF", "End of Line", "BYTE ORDER MARK", "VS16", "vs17", "DEL", "SP",
              "LATIN CAPITAL LETTER GHA", "WEIERSTRASS ELLIPTIC FUNCTION", "ESC"]:
    ch = unicodedata.lookup(alias)
    print(f"{alias:32} U+{ord(ch):04X} {unicodedata.name(ch, '<no name>')}")

for bad in ["NO SUCH ALIAS", "VS257", "VS0"]:
    try:
        unicodedata.lookup(bad)
    except KeyError as e:
        print("KeyError:", e)

for src in ['"\\N{VS257}"', '"\\N{NBSP }"']:
    try:
        compile(src, "clean.py", "exec")
    except SyntaxError as e:
        print(e.msg)

print("same character:", "\N{NBSP}" == "\N{NO-BREAK SPACE}" == "\xa0")
print("unicode data:", unicodedata.unidata_version > "13")
