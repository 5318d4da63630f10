# A teacher's handout on backslashes in f-strings: when is "\N{...}" a named character, and when
# is it plain text? Each line shows the literal and what Python makes of it.
name = "BULLET"
width = 7
bullet = "\N{BULLET}"

print("named escape:     ", f"\N{BULLET} item")
print("escaped backslash:", f"\\N{{BULLET}}")
print("three backslashes:", f"\\\N{BULLET}")
print("four backslashes: ", f"\\\\N{{BULLET}}")
print("raw f-string:     ", rf"\N{{BULLET}}", fr"\\N{{X}}", Rf"\N{{{name}}}")
print("hex backslash:    ", f"\x5cN{{BULLET}}", f"\134N{{X}}")
print("lowercase name:   ", f"\N{bullet}", "\N{em dash}", f"{'-':\N{EM DASH}^{width}}")
print("in a format spec: ", f"{1:\N{BULLET}>5}", f"{'x'!r:\N{MIDDLE DOT}^{width}}")
print("braces after:     ", f"\N{BULLET}{{}}", f"{{\N{BULLET}}}")
print("concatenated:     ", f"x" "\N{BULLET}" f"\\N{{Y}}" rf"\N{{{width}}}")
print("octal and hex:    ", f"\7\101\x41\u00e9", rf"\x41{1}\N")
print("bytes keep it:    ", b"\N{BULLET}", len(b"\N{BULLET}"))
print("a template:       ", f"Use \\N{{{name}}} to write {bullet}")
print("lengths:          ", len(f"\\N{{BULLET}}"), len(f"\N{BULLET}"), len(rf"\N{{BULLET}}"))
print(f"""multi
line \N{BULLET} and \\N{{BULLET}}""")

bad = [
    'f"\\N{NOPE}"',
    'f"ab\\N{NOPE}{x}yz"',
    '"ab" f"c\\N{NOPE}"',
    'f"ab" "c\\N{NOPE}" "d"',
    'x = 1\ny = f"""x\ny\\N{NOPE}z"""',
    'f"\\N{ bullet }"',
    'f"\\N{{X}}"',
    'f"ab\\N{{X}}cd"',
    'f"\\N"',
    'f"\\N{}"',
    '"\\N{NOPE}"',
]
for src in bad:
    try:
        compile(src, "handout.py", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
        print("    at", e.lineno, e.offset, e.end_lineno, e.end_offset)
