"""Built-in methods that used to end a run with "not simulated yet" (objects/bytesLines.ts and the
rest named in builtinMethodGaps.test.ts): results, identities, list sizes and error texts.
    python3 test/oracle/numberConversions/generate.py test/oracle/builtinMethodGaps"""
import sys
b = b'abc'
print(b.expandtabs() is b, b.expandtabs(4) is b, b'a\tb'.expandtabs(0), b'a\tb\n\tc\r\td'.expandtabs(3), b'\t'.expandtabs(-1))
ba = bytearray(b'abc'); print(ba.expandtabs() is ba, ba.expandtabs(tabsize=2))
for bad in [lambda: b.expandtabs('x'), lambda: b.expandtabs(1.5), lambda: b.expandtabs(x=1), lambda: b.expandtabs(1, 2), lambda: b.splitlines(1, 2), lambda: b.splitlines('x'), lambda: b.splitlines(x=1), lambda: b.splitlines(1.5), lambda: bytearray().splitlines(foo=2), lambda: bytearray().expandtabs(bar=1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(b.splitlines()[0] is b, b.splitlines(True)[0] is b, b'ab\n'.splitlines(True)[0], b'ab\n'.splitlines()[0])
x = b'ab\n'; print(x.splitlines(True)[0] is x)
print(b'a\rb\r\nc\n\nd\x0be\x0cf\x1cg\x85'.splitlines(), b'a\rb\r\nc\n\n'.splitlines(keepends=True), b''.splitlines(), b'\n'.splitlines(), bytearray(b'x\ny').splitlines(2))
print(bytearray(b'ab').splitlines()[0], sys.getsizeof(b'a\nb\nc'.splitlines()), sys.getsizeof(b'\n'.join([b'x']*13).splitlines()), sys.getsizeof(b'a'.splitlines()), sys.getsizeof(b''.splitlines()))
print(sys.getsizeof('a\nb\nc'.splitlines()), sys.getsizeof('\n'.join(['x']*13).splitlines()), sys.getsizeof(''.splitlines()))
print(b'a'.splitlines(True), b'a\t'.expandtabs(2**62) if False else '')
class B(bytes): pass
bb = B(b'ab'); print(type(bb.expandtabs()), type(bb.splitlines()[0]), bb.splitlines()[0] is bb)
s = 'abc'; print(s.splitlines()[0] is s, 'ab\n'.splitlines(True), 'a'.expandtabs(tabsize=3))
for bad in [lambda: s.expandtabs(x=1), lambda: s.splitlines(x=1), lambda: s.splitlines('x'), lambda: s.splitlines(1.5)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
