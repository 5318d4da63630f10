# textwrap edge cases: every option over words with hyphens, em-dashes, tabs, long words and
# sentence ends, at many widths (the outputs are CPython's, textwrap_report.py is the realistic use).
import textwrap
samples = [
    "The quick brown fox jumps over the lazy dog. " * 3,
    "well-known e-mail addresses and self-contained co-operation with pre-2020 data 12-34 x-y a-b-c-d",
    "Hello there--how are you? I'm fine---thanks. A--B -- c --d e-- f",
    "supercalifragilisticexpialidocious antidisestablishmentarianism",
    "a-very-long-hyphenated-compound-word-that-goes-on-and-on-forever",
    "----------dashes---------- and --- more",
    "tabs\there\tand\nnewlines\nand  double  spaces   end   ",
    "   leading spaces and trailing   ",
    "",
    "   ",
    "Mr. Smith went to Washington. He said hi! Did he? Yes.  Ok.",
    "x" * 25,
    "one two three four five six seven eight nine ten eleven twelve",
    "über-cool naïve café-au-lait résumé 3-D T-shirt",
    "foo-bar-baz-qux-quux-corge-grault-garply",
    "http://example.com/some/very/long/path-with-hyphens/and_underscores",
]
widths = [1, 3, 5, 8, 10, 12, 15, 20, 30]
for s in samples:
    for w in widths:
        print(w, textwrap.wrap(s, w))
    print(textwrap.wrap(s, 12, break_on_hyphens=False))
    print(textwrap.wrap(s, 12, break_long_words=False))
    print(textwrap.wrap(s, 12, drop_whitespace=False))
    print(textwrap.wrap(s, 14, initial_indent='* ', subsequent_indent='  '))
    print(textwrap.wrap(s, 14, replace_whitespace=False, expand_tabs=False))
    print(textwrap.wrap(s, 16, tabsize=4))
    print(textwrap.wrap(s, 20, fix_sentence_endings=True))
    for ml in (1, 2, 3):
        for ph in (' [...]', '...', ' ~'):
            try:
                print(ml, repr(ph), textwrap.wrap(s, 15, max_lines=ml, placeholder=ph))
            except ValueError as e:
                print('ValueError', e)
    for w in (6, 10, 20, 40):
        try:
            print(repr(textwrap.shorten(s, w)))
        except ValueError as e:
            print('ValueError', e)
    print(repr(textwrap.fill(s, 25)))
for bad in [lambda: textwrap.wrap('abc', 0), lambda: textwrap.shorten('abc def', 3),
            lambda: textwrap.wrap('a b', 5, initial_indent='xxxxxx', max_lines=1),
            lambda: textwrap.TextWrapper(5, bogus=1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(textwrap.wrap('abc def', 2, initial_indent='>>>>'))
print(textwrap.wrap('a b c d e f g', 3, max_lines=2, placeholder='.'))
for d in ["    a\n    b\n", "  a\n    b\n\n  c", "\ta\n  b", "  \n  x\n   \n", "a\n  b", "   x\n\t y", "", "  hi  \n  there"]:
    print(repr(textwrap.dedent(d)))
for t in ["a\n\nb\n  \nc", "x\r\ny\n", "", " \n\t\n"]:
    print(repr(textwrap.indent(t, '> ')), repr(textwrap.indent(t, '+', lambda l: True)))
w = textwrap.TextWrapper(width=10)
print(w.width, w.placeholder, w.max_lines, w.tabsize, repr(w.wordsep_simple_re.pattern), sorted(textwrap.TextWrapper.unicode_whitespace_trans.items()))
print([hasattr(textwrap.TextWrapper, n) for n in ("word_punct", "letter", "whitespace", "nowhitespace", "wordsep_re")])
