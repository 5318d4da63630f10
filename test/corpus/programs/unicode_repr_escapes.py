# repr() escapes the code points str.isprintable() rejects: controls, format characters such as
# the byte-order mark, separators, private use, surrogates and unassigned code points.
samples = {
    'bom': '\ufeffname',
    'zero width space': 'a\u200bb',
    'nbsp': 'x\xa0y',
    'soft hyphen': 'co\xadop',
    'line separator': 'one\u2028two',
    'ideographic space': '\u3000',
    'private use': '\ue000',
    'surrogate': '\ud800',
    'noncharacter': '\uffff',
    'emoji': 'ok \U0001f600',
    'accents': 'café naïve',
    'tag': '\U000e0001',
    'arabic mark': '\u061c',
    'musical': '\U0001d173',
}
for name, text in samples.items():
    print(f'{name:18} {text.isprintable()!s:5} {text!r} {ascii(text)}')

# A cleaner that keeps printable characters only, as a script reading a CSV might do.
raw = '\ufeffid,\u200bname\x00,\tvalue\u2029'
clean = ''.join(ch for ch in raw if ch.isprintable())
print(repr(raw), '->', repr(clean))
print([hex(ord(ch)) for ch in raw if not ch.isprintable()])

# Each version has its own Unicode database: newer characters are unassigned (escaped) before.
for cp in (0x1e030, 0x2ffc, 0x31350, 0x1fae8):
    print(hex(cp), repr(chr(cp)), chr(cp).isprintable())
