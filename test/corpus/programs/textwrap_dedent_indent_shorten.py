"""textwrap.dedent, indent (each version's default predicate), shorten, hyphen and em-dash breaking,
max_lines placeholders, unbreakable words and sentence endings."""
import textwrap
cases = ["  a\n    b\n  c", "\ta\n\t  b\n", "  x\n \n   y\n", "a\n  b", "  \r\n  x\r\n", "    one\n\n    two\n  ", "\t x\n \tx\n", ""]
for c in cases:
    print(repr(textwrap.dedent(c)))
for c in ["a\n\nb\n  \nc", "x\r\ny\r\n", " \n\t\n"]:
    print(repr(textwrap.indent(c, '> ')), repr(textwrap.indent(c, '+', lambda l: True)))
for w in (5, 10, 15, 20):
    print(repr(textwrap.shorten("Hello   world, this is   a test of shortening text", w)), repr(textwrap.shorten("  Hello  ", w, placeholder='..')))
print(textwrap.wrap("abc-def-ghi jkl---mno pqr--stu x-1-2 well-known 12-34", 6))
print(textwrap.wrap("a " * 30, 7, max_lines=3, placeholder=' ~'))
print(textwrap.wrap("supercalifragilistic expialidocious", 4, break_long_words=False))
print(textwrap.fill("End. Next! What? yes.  Done", 12, fix_sentence_endings=True))
print(textwrap.wrap("x", 1, initial_indent='>>'))
